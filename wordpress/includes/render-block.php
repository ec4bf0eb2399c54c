<?php
/**
 * A block's `render` (block.json): the build copies this file next to each block.json.
 * WordPress gives it $attributes, $content and $block.
 *
 * @package RecoveryWidgets
 */

defined( 'ABSPATH' ) || exit;

echo \RecoveryWidgets\Blocks\render_block_type( $block->name, $attributes ); // phpcs:ignore WordPress.Security.EscapeOutput -- every part is escaped where it is built.
