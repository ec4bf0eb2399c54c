<?php
/**
 * The "Callback requests" screen: the inbox, for users with the plugin's capability
 * (administrators by default). Each request is new, called back or closed.
 *
 * @package RecoveryWidgets\Admin
 */

namespace RecoveryWidgets\Admin;

use RecoveryWidgets\Inbox;
use RecoveryWidgets\Settings;

defined( 'ABSPATH' ) || exit;

const ACTION = 'recovery_widgets_callback';

function boot() {
	add_action( 'admin_menu', __NAMESPACE__ . '\\menu' );
	add_action( 'admin_post_' . ACTION, __NAMESPACE__ . '\\act' );
}

function menu() {
	if ( ! current_user_can( Inbox\CAPABILITY ) ) {
		return;
	}
	$new   = Inbox\counts()['new'];
	$title = __( 'Callback requests', 'recovery-widgets' );
	// The count of new requests beside the menu item, as WordPress shows pending comments.
	$menu_title = $new ? $title . sprintf( ' <span class="awaiting-mod count-%1$d"><span class="pending-count" aria-hidden="true">%1$d</span><span class="screen-reader-text">%2$s</span></span>', $new, esc_html( sprintf( /* translators: %d: number of new requests. */ _n( '%d new', '%d new', $new, 'recovery-widgets' ), $new ) ) ) : $title;
	add_menu_page( $title, $menu_title, Inbox\CAPABILITY, Inbox\SCREEN, __NAMESPACE__ . '\\screen', 'dashicons-phone', 26 );
}

function status_label( $status ) {
	$labels = array(
		'new'         => __( 'New', 'recovery-widgets' ),
		'called-back' => __( 'Called back', 'recovery-widgets' ),
		'closed'      => __( 'Closed', 'recovery-widgets' ),
	);
	return $labels[ $status ] ?? $status;
}

function describe( $field, $value ) {
	$labels = array(
		'best_time'      => array(
			'anytime'   => __( 'Any time', 'recovery-widgets' ),
			'morning'   => __( 'Morning', 'recovery-widgets' ),
			'afternoon' => __( 'Afternoon', 'recovery-widgets' ),
			'evening'   => __( 'Evening', 'recovery-widgets' ),
		),
		'for_whom'       => array(
			''          => '—',
			'self'      => __( 'Themselves', 'recovery-widgets' ),
			'loved-one' => __( 'Someone they love', 'recovery-widgets' ),
		),
		'contact_safety' => array(
			''                    => __( 'Not asked: call only, leave no message', 'recovery-widgets' ),
			'call-only'           => __( 'Call only: no texts, no voicemail', 'recovery-widgets' ),
			'texts-and-voicemail' => __( 'Texts and voicemail are fine', 'recovery-widgets' ),
		),
	);
	return $labels[ $field ][ (string) $value ] ?? (string) $value;
}

/** The row's buttons: one form per action, each with its nonce. */
function actions( $row ) {
	$next = array(
		'new'         => array( 'called-back', 'closed' ),
		'called-back' => array( 'closed', 'new' ),
		'closed'      => array( 'new' ),
	);
	$verbs = array(
		'called-back' => __( 'Mark called back', 'recovery-widgets' ),
		'closed'      => __( 'Close', 'recovery-widgets' ),
		'new'         => __( 'Reopen', 'recovery-widgets' ),
		'delete'      => __( 'Delete now', 'recovery-widgets' ),
	);
	$html = '';
	foreach ( array_merge( $next[ $row->status ] ?? array( 'new' ), array( 'delete' ) ) as $to ) {
		$html .= sprintf(
			'<form method="post" action="%s" class="recovery-callback-action"><input type="hidden" name="action" value="%s"><input type="hidden" name="id" value="%d"><input type="hidden" name="to" value="%s">%s<button type="submit" class="button%s"%s>%s</button></form> ',
			esc_url( admin_url( 'admin-post.php' ) ),
			esc_attr( ACTION ),
			(int) $row->id,
			esc_attr( $to ),
			wp_nonce_field( ACTION . '-' . $row->id, '_wpnonce', true, false ),
			'called-back' === $to ? ' button-primary' : ( 'delete' === $to ? ' button-link-delete' : '' ),
			'delete' === $to ? ' onclick="return confirm(this.dataset.confirm)" data-confirm="' . esc_attr__( 'Delete this request now?', 'recovery-widgets' ) . '"' : '',
			esc_html( $verbs[ $to ] )
		);
	}
	return $html;
}

function screen() {
	if ( ! current_user_can( Inbox\CAPABILITY ) ) {
		wp_die( esc_html__( 'You are not allowed to see callback requests.', 'recovery-widgets' ), 403 );
	}
	// phpcs:disable WordPress.Security.NonceVerification.Recommended -- reading the view and a message only.
	$status = isset( $_GET['status'] ) ? sanitize_key( $_GET['status'] ) : 'new';
	$done   = isset( $_GET['done'] ) ? sanitize_key( $_GET['done'] ) : '';
	// phpcs:enable
	$status = in_array( $status, array_merge( Inbox\STATUSES, array( 'all' ) ), true ) ? $status : 'new';
	$counts = Inbox\counts();
	$rows   = Inbox\requests( 'all' === $status ? '' : $status );
	$days   = (int) Settings\get()['retention_days'];

	echo '<div class="wrap"><h1>' . esc_html__( 'Callback requests', 'recovery-widgets' ) . '</h1>';
	if ( $done ) {
		echo '<div class="notice notice-success is-dismissible"><p>' . esc_html( 'deleted' === $done ? __( 'Request deleted.', 'recovery-widgets' ) : __( 'Request updated.', 'recovery-widgets' ) ) . '</p></div>';
	}
	echo '<p>' . esc_html(
		sprintf(
			/* translators: %d: days. */
			_n( 'People who asked to be called back from the site’s callback form. Call back in the language shown, and respect “call only”. Requests are deleted automatically after %d day.', 'People who asked to be called back from the site’s callback form. Call back in the language shown, and respect “call only”. Requests are deleted automatically after %d days.', $days, 'recovery-widgets' ),
			$days
		)
	) . '</p>';

	echo '<ul class="subsubsub">';
	$views = array_merge( Inbox\STATUSES, array( 'all' ) );
	foreach ( $views as $index => $view ) {
		$count = 'all' === $view ? array_sum( $counts ) : $counts[ $view ];
		printf(
			'<li><a href="%s"%s>%s <span class="count">(%d)</span></a>%s</li>',
			esc_url( add_query_arg( 'status', $view, Inbox\screen_url() ) ),
			$view === $status ? ' class="current" aria-current="page"' : '',
			esc_html( 'all' === $view ? __( 'All', 'recovery-widgets' ) : status_label( $view ) ),
			(int) $count,
			$index < count( $views ) - 1 ? ' |' : ''
		);
	}
	echo '</ul>';

	echo '<table class="widefat striped recovery-callbacks"><thead><tr>';
	foreach ( array( __( 'Received', 'recovery-widgets' ), __( 'First name', 'recovery-widgets' ), __( 'Phone', 'recovery-widgets' ), __( 'Best time', 'recovery-widgets' ), __( 'For', 'recovery-widgets' ), __( 'Safe contact', 'recovery-widgets' ), __( 'Language', 'recovery-widgets' ), __( 'Page', 'recovery-widgets' ), __( 'Status', 'recovery-widgets' ), __( 'Actions', 'recovery-widgets' ) ) as $heading ) {
		echo '<th scope="col">' . esc_html( $heading ) . '</th>';
	}
	echo '</tr></thead><tbody>';
	if ( ! $rows ) {
		echo '<tr><td colspan="10">' . esc_html__( 'No requests here.', 'recovery-widgets' ) . '</td></tr>';
	}
	foreach ( $rows as $row ) {
		$received = wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), strtotime( $row->created_at . ' UTC' ) );
		$tel      = preg_replace( '/[^\d+]/', '', $row->phone );
		printf(
			'<tr data-id="%d"><td>%s</td><td class="first-name">%s</td><td class="phone"><a href="%s">%s</a></td><td>%s</td><td>%s</td><td class="contact-safety">%s</td><td>%s</td><td>%s</td><td class="status">%s</td><td>%s</td></tr>',
			(int) $row->id,
			esc_html( $received ),
			esc_html( $row->first_name ),
			esc_url( 'tel:' . $tel, array( 'tel' ) ),
			esc_html( $row->phone ),
			esc_html( describe( 'best_time', $row->best_time ) ),
			esc_html( describe( 'for_whom', $row->for_whom ) ),
			esc_html( describe( 'contact_safety', $row->contact_safety ) ),
			esc_html( $row->lang ),
			esc_html( $row->page ),
			esc_html( status_label( $row->status ) ),
			actions( $row ) // phpcs:ignore WordPress.Security.EscapeOutput -- escaped where built.
		);
	}
	echo '</tbody></table>';
	echo '<style>.recovery-callback-action{display:inline}.recovery-callbacks td{vertical-align:middle}.recovery-callbacks .phone{white-space:nowrap}</style></div>';
}

/** Changes a request's status, or deletes it (admin-post.php). */
function act() {
	// phpcs:disable WordPress.Security.NonceVerification.Missing -- verified just below.
	$id = isset( $_POST['id'] ) ? (int) $_POST['id'] : 0;
	$to = isset( $_POST['to'] ) ? sanitize_key( $_POST['to'] ) : '';
	// phpcs:enable
	if ( ! current_user_can( Inbox\CAPABILITY ) ) {
		wp_die( esc_html__( 'You are not allowed to change callback requests.', 'recovery-widgets' ), 403 );
	}
	check_admin_referer( ACTION . '-' . $id );
	if ( 'delete' === $to ) {
		Inbox\delete( $id );
		$done = 'deleted';
	} else {
		Inbox\set_status( $id, $to );
		$done = 'updated';
	}
	$back = wp_get_referer() ? wp_get_referer() : Inbox\screen_url();
	wp_safe_redirect( add_query_arg( 'done', $done, remove_query_arg( 'done', $back ) ) );
	exit;
}
