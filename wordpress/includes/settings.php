<?php
/**
 * Settings → Recovery widgets: the organisation's settings, entered once and printed as the
 * attributes of the one `<recovery-provider>` around a page's widgets.
 *
 * @package RecoveryWidgets
 */

namespace RecoveryWidgets\Settings;

defined( 'ABSPATH' ) || exit;

const OPTION = 'recovery_widgets_settings';
const PAGE   = 'recovery-widgets';

/** Every setting with its default. */
function defaults() {
	$state = built_in_state_line();
	return array(
		'org_name'        => get_bloginfo( 'name' ),
		'phone'           => '',
		'sms'             => '',
		'schedule_href'   => '',
		'hours'           => '',
		'timezone'        => default_timezone(),
		'quick_exit'      => false,
		'quick_exit_href' => '',
		'caller_name'     => '',
		'crisis_name'     => $state['name'],
		'crisis_call'     => $state['call'],
		'crisis_text'     => $state['text'],
		'crisis_keyword'  => $state['keyword'],
		'theme'           => '',
		'lang'            => '',
		'intake_action'   => '',
		'notify_email'    => '',
		'retention_days'  => 30,
	);
}

/** The settings as saved, completed with defaults. */
function get() {
	$saved = get_option( OPTION, array() );
	return array_merge( defaults(), is_array( $saved ) ? $saved : array() );
}

/** The site's own time zone when it is a named one (not "UTC+2"), else Denver, the widgets' default. */
function default_timezone() {
	$zone = (string) get_option( 'timezone_string' );
	return in_array( $zone, timezone_identifiers_list(), true ) ? $zone : 'America/Denver';
}

/** The built-in help lines (from the widgets' sources, copied at build time) and which is the state's. */
function crisis_lines() {
	static $data = null;
	if ( null === $data ) {
		$file = \RecoveryWidgets\DIR . '/build/crisis-lines.json';
		$data = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null;
		if ( ! is_array( $data ) ) {
			$data = array( 'lines' => array(), 'state' => -1 );
		}
	}
	return $data;
}

/** The built-in state line's fields, flattened to text (English names). */
function built_in_state_line() {
	$data = crisis_lines();
	$line = $data['lines'][ $data['state'] ] ?? array();
	$name = $line['name'] ?? '';
	return array(
		'name'    => is_array( $name ) ? (string) ( $name['en'] ?? reset( $name ) ) : (string) $name,
		'call'    => (string) ( $line['call'] ?? '' ),
		'text'    => (string) ( $line['text'] ?? '' ),
		'keyword' => (string) ( $line['keyword'] ?? '' ),
	);
}

/** Where the intake sends callback requests: the site's setting, else this site's inbox. */
function intake_action() {
	$own = get()['intake_action'];
	return '' !== $own ? $own : rest_url( 'recovery-widgets/v1/intake' );
}

/**
 * `<recovery-provider>`'s attributes, from the settings: name → value (true for a flag).
 * Empty settings are left out, so the widgets use their own defaults.
 */
function provider_attributes() {
	$settings   = get();
	$attributes = array(
		'org-name'        => $settings['org_name'],
		'phone'           => $settings['phone'],
		'sms'             => $settings['sms'],
		'schedule-href'   => $settings['schedule_href'],
		'hours'           => $settings['hours'],
		'timezone'        => $settings['timezone'],
		'theme'           => $settings['theme'],
		'lang'            => $settings['lang'],
		'quick-exit'      => (bool) $settings['quick_exit'],
		'quick-exit-href' => $settings['quick_exit_href'],
		'caller-name'     => $settings['caller_name'],
		'intake-action'   => intake_action(),
	);
	return array_filter(
		$attributes,
		function ( $value ) {
			return true === $value || ( is_string( $value ) && '' !== $value );
		}
	);
}

/**
 * The provider's child JSON, when the state's crisis line differs from the built-in one:
 * the built-in national lines with the state's line in its place (or none, when cleared).
 * Null when nothing differs, so the widgets keep their own list (in both languages).
 */
function provider_json() {
	$settings = get();
	$built_in = built_in_state_line();
	$entered  = array(
		'name'    => $settings['crisis_name'],
		'call'    => $settings['crisis_call'],
		'text'    => $settings['crisis_text'],
		'keyword' => $settings['crisis_keyword'],
	);
	$data = crisis_lines();
	if ( $entered === $built_in || ! $data['lines'] ) {
		return null;
	}
	$lines = array();
	foreach ( $data['lines'] as $index => $line ) {
		if ( $index !== $data['state'] ) {
			$lines[] = $line;
			continue;
		}
		if ( '' === $entered['name'] || ( '' === $entered['call'] && '' === $entered['text'] ) ) {
			continue;
		}
		$state = array( 'name' => $entered['name'] );
		foreach ( array( 'call', 'text', 'keyword' ) as $field ) {
			if ( '' !== $entered[ $field ] && ( 'keyword' !== $field || '' !== $entered['text'] ) ) {
				$state[ $field ] = $entered[ $field ];
			}
		}
		$lines[] = $state;
	}
	return array( 'crisisLines' => $lines );
}

function boot() {
	add_action( 'admin_init', __NAMESPACE__ . '\\register' );
	add_action( 'admin_menu', __NAMESPACE__ . '\\menu' );
}

function menu() {
	add_options_page( __( 'Recovery widgets', 'recovery-widgets' ), __( 'Recovery widgets', 'recovery-widgets' ), 'manage_options', PAGE, __NAMESPACE__ . '\\page' );
}

/** The fields, by section: key → [label, kind, help]. */
function fields() {
	return array(
		'organization' => array(
			__( 'Your organization', 'recovery-widgets' ),
			array(
				'org_name'      => array( __( 'Organization name', 'recovery-widgets' ), 'text', __( 'Shown in calls to action and beside your own support groups.', 'recovery-widgets' ) ),
				'phone'         => array( __( 'Phone number', 'recovery-widgets' ), 'tel', __( 'For the “Call” buttons, e.g. +1-303-555-0142.', 'recovery-widgets' ) ),
				'sms'           => array( __( 'Number for text messages', 'recovery-widgets' ), 'tel', __( 'Leave empty if you do not take texts: there is then no “Send a text” button.', 'recovery-widgets' ) ),
				'schedule_href' => array( __( 'Online scheduling link', 'recovery-widgets' ), 'url', __( 'Your booking page, if you have one.', 'recovery-widgets' ) ),
				'hours'         => array( __( 'Office hours', 'recovery-widgets' ), 'text', __( 'Days and 24-hour times separated by semicolons, e.g. Mon-Fri 09:00-17:00; Sat 10:00-14:00', 'recovery-widgets' ) ),
				'timezone'      => array( __( 'Time zone of your office hours', 'recovery-widgets' ), 'timezone', '' ),
				'caller_name'   => array( __( 'Caller name', 'recovery-widgets' ), 'text', __( 'How your staff introduce themselves when they call back (e.g. “Front Range”): a visitor who is not safe at home sees it before sending a request.', 'recovery-widgets' ) ),
			),
		),
		'safety'       => array(
			__( 'Safety', 'recovery-widgets' ),
			array(
				'quick_exit'      => array( __( 'Quick exit on every sensitive widget', 'recovery-widgets' ), 'checkbox', __( 'Show “Leave this page” on the self-check, the group finder and the scholarship check.', 'recovery-widgets' ) ),
				'quick_exit_href' => array( __( 'Quick-exit destination', 'recovery-widgets' ), 'url', __( 'A neutral page the visitor lands on, e.g. a weather site. Empty: the US weather service.', 'recovery-widgets' ) ),
				'crisis_name'     => array( __( 'Your state’s crisis line: name', 'recovery-widgets' ), 'text', __( 'Shown under “More help lines” beside 988 and the national lines. Clear the name to show no state line.', 'recovery-widgets' ) ),
				'crisis_call'     => array( __( 'Its phone number', 'recovery-widgets' ), 'tel', '' ),
				'crisis_text'     => array( __( 'Its number for texts', 'recovery-widgets' ), 'tel', '' ),
				'crisis_keyword'  => array( __( 'The word to text', 'recovery-widgets' ), 'text', __( 'e.g. TALK', 'recovery-widgets' ) ),
			),
		),
		'look'         => array(
			__( 'Look and language', 'recovery-widgets' ),
			array(
				'theme' => array( __( 'Colors', 'recovery-widgets' ), 'theme', '' ),
				'lang'  => array( __( 'Language', 'recovery-widgets' ), 'lang', __( 'The widgets follow the page’s language unless you choose one here.', 'recovery-widgets' ) ),
			),
		),
		'callbacks'    => array(
			__( 'Callback requests', 'recovery-widgets' ),
			array(
				'notify_email'   => array( __( 'Email staff at', 'recovery-widgets' ), 'email', __( 'Who hears that a request is waiting (the email holds a link, never the name or number). Empty: the site’s administration email.', 'recovery-widgets' ) ),
				'retention_days' => array( __( 'Delete requests after (days)', 'recovery-widgets' ), 'days', __( 'Requests are deleted automatically after this many days, whatever their status.', 'recovery-widgets' ) ),
				'intake_action'  => array( __( 'Send requests to another endpoint', 'recovery-widgets' ), 'url', __( 'Leave empty to receive them here, in Callback requests. An https: address of your own system otherwise.', 'recovery-widgets' ) ),
			),
		),
	);
}

function register() {
	register_setting(
		PAGE,
		OPTION,
		array(
			'type'              => 'object',
			'sanitize_callback' => __NAMESPACE__ . '\\sanitize',
			'default'           => array(),
		)
	);
	foreach ( fields() as $section => list( $title, $section_fields ) ) {
		add_settings_section( $section, $title, '__return_false', PAGE );
		foreach ( $section_fields as $key => list( $label, $kind, $help ) ) {
			add_settings_field(
				$key,
				$label,
				__NAMESPACE__ . '\\field',
				PAGE,
				$section,
				array(
					'key'       => $key,
					'kind'      => $kind,
					'help'      => $help,
					'label_for' => 'checkbox' === $kind ? null : 'recovery-widgets-' . $key,
				)
			);
		}
	}
}

/** Prints one field of the form. */
function field( $args ) {
	$settings = get();
	$key      = $args['key'];
	$value    = $settings[ $key ];
	$id       = 'recovery-widgets-' . $key;
	$name     = OPTION . '[' . $key . ']';
	$describe = $args['help'] ? ' aria-describedby="' . esc_attr( $id . '-help' ) . '"' : '';
	switch ( $args['kind'] ) {
		case 'checkbox':
			printf( '<label><input type="checkbox" id="%s" name="%s" value="1"%s%s> %s</label>', esc_attr( $id ), esc_attr( $name ), checked( (bool) $value, true, false ), $describe, esc_html( $args['help'] ) ); // phpcs:ignore WordPress.Security.EscapeOutput -- built from escaped parts.
			return;
		case 'timezone':
			printf( '<select id="%s" name="%s">', esc_attr( $id ), esc_attr( $name ) );
			foreach ( timezone_identifiers_list() as $zone ) {
				printf( '<option value="%1$s"%2$s>%1$s</option>', esc_attr( $zone ), selected( $value, $zone, false ) );
			}
			echo '</select>';
			break;
		case 'theme':
		case 'lang':
			$options = 'theme' === $args['kind']
				? array(
					''     => __( 'Light (default)', 'recovery-widgets' ),
					'dark' => __( 'Dark', 'recovery-widgets' ),
					'auto' => __( 'Follow the visitor’s device', 'recovery-widgets' ),
				)
				: array(
					''   => __( 'The page’s language', 'recovery-widgets' ),
					'en' => 'English',
					'es' => 'Español',
				);
			printf( '<select id="%s" name="%s"%s>', esc_attr( $id ), esc_attr( $name ), $describe ); // phpcs:ignore WordPress.Security.EscapeOutput
			foreach ( $options as $option => $label ) {
				printf( '<option value="%s"%s>%s</option>', esc_attr( $option ), selected( $value, $option, false ), esc_html( $label ) );
			}
			echo '</select>';
			break;
		case 'days':
			printf( '<input type="number" min="1" max="3650" class="small-text" id="%s" name="%s" value="%s"%s>', esc_attr( $id ), esc_attr( $name ), esc_attr( (string) $value ), $describe ); // phpcs:ignore WordPress.Security.EscapeOutput
			break;
		default:
			$type = in_array( $args['kind'], array( 'url', 'email', 'tel' ), true ) ? $args['kind'] : 'text';
			printf( '<input type="%s" class="regular-text" id="%s" name="%s" value="%s"%s>', esc_attr( $type ), esc_attr( $id ), esc_attr( $name ), esc_attr( (string) $value ), $describe ); // phpcs:ignore WordPress.Security.EscapeOutput
	}
	if ( $args['help'] ) {
		printf( '<p class="description" id="%s">%s</p>', esc_attr( $id . '-help' ), esc_html( $args['help'] ) );
	}
}

function page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html__( 'Recovery widgets', 'recovery-widgets' ) . '</h1>';
	echo '<p>' . esc_html__( 'Entered once, used by every recovery widget on the site. Blocks have only their own choices.', 'recovery-widgets' ) . '</p>';
	echo '<form method="post" action="options.php">';
	settings_fields( PAGE );
	do_settings_sections( PAGE );
	submit_button();
	echo '</form></div>';
}

/** 7 to 15 digits, with spaces, ( ) . - and a leading + (as the widgets' forms accept). */
function is_phone( $value ) {
	return (bool) preg_match( '/^\+?(?:[\s().\-]*\d){3,15}[\s().\-]*$/', $value );
}

/** Office hours as the widgets read them: "Mon-Fri 09:00-17:00; Sat 10:00-14:00". */
function is_hours( $value ) {
	$day = '(?:mon|tue|wed|thu|fri|sat|sun)';
	foreach ( explode( ';', $value ) as $rule ) {
		if ( ! preg_match( "/^\s*{$day}(?:\s*-\s*{$day})?\s+([01]\d|2[0-4]):[0-5]\d\s*-\s*([01]\d|2[0-4]):[0-5]\d\s*$/i", $rule ) ) {
			return false;
		}
	}
	return true;
}

/** A link the widgets accept: https:, http:, tel:, sms:, mailto: or relative. */
function clean_link( $value, $protocols = array( 'https', 'http', 'tel', 'sms', 'mailto' ) ) {
	$value = trim( $value );
	if ( '' === $value ) {
		return '';
	}
	$clean = esc_url_raw( $value, $protocols );
	return '' === $clean ? null : $clean;
}

/**
 * Checks what was entered. A value that cannot be used keeps the previous one and says why
 * at the top of the screen, naming the field.
 */
function sanitize( $input ) {
	// options.php has already unslashed the form's values.
	$input = is_array( $input ) ? $input : array();
	$old   = get();
	$out   = array();
	$label = function ( $key ) {
		foreach ( fields() as list( , $section_fields ) ) {
			if ( isset( $section_fields[ $key ] ) ) {
				return $section_fields[ $key ][0];
			}
		}
		return $key;
	};
	$refuse = function ( $key, $why ) use ( &$out, $old, $label ) {
		if ( ! function_exists( 'add_settings_error' ) ) {
			$out[ $key ] = $old[ $key ]; // Saved from outside the Settings screen: nowhere to say why.
			return;
		}
		/* translators: 1: a field's label, 2: what is wrong with it. */
		add_settings_error( OPTION, 'recovery-widgets-' . $key, sprintf( __( '%1$s: %2$s The previous value was kept.', 'recovery-widgets' ), $label( $key ), $why ) );
		$out[ $key ] = $old[ $key ];
	};
	foreach ( array( 'org_name', 'caller_name', 'crisis_name', 'crisis_keyword' ) as $key ) {
		$out[ $key ] = sanitize_text_field( $input[ $key ] ?? '' );
	}
	foreach ( array( 'phone', 'sms', 'crisis_call', 'crisis_text' ) as $key ) {
		$value = sanitize_text_field( $input[ $key ] ?? '' );
		if ( '' !== $value && ! is_phone( $value ) ) {
			$refuse( $key, __( 'that is not a phone number.', 'recovery-widgets' ) );
		} else {
			$out[ $key ] = $value;
		}
	}
	$hours = sanitize_text_field( $input['hours'] ?? '' );
	if ( '' !== $hours && ! is_hours( $hours ) ) {
		$refuse( 'hours', __( 'write days and 24-hour times like “Mon-Fri 09:00-17:00; Sat 10:00-14:00”.', 'recovery-widgets' ) );
	} else {
		$out['hours'] = $hours;
	}
	$zone = (string) ( $input['timezone'] ?? '' );
	$out['timezone'] = in_array( $zone, timezone_identifiers_list(), true ) ? $zone : $old['timezone'];
	foreach ( array(
		'schedule_href'   => array( 'https', 'http' ),
		'quick_exit_href' => array( 'https', 'http' ),
		'intake_action'   => array( 'https', 'http' ),
	) as $key => $protocols ) {
		$value = clean_link( (string) ( $input[ $key ] ?? '' ), $protocols );
		if ( null === $value ) {
			$refuse( $key, __( 'that is not an https: web address.', 'recovery-widgets' ) );
		} else {
			$out[ $key ] = $value;
		}
	}
	$out['quick_exit'] = ! empty( $input['quick_exit'] );
	$theme             = (string) ( $input['theme'] ?? '' );
	$lang              = (string) ( $input['lang'] ?? '' );
	$out['theme']      = in_array( $theme, array( '', 'light', 'dark', 'auto' ), true ) ? $theme : '';
	$out['lang']       = in_array( $lang, array( '', 'en', 'es' ), true ) ? $lang : '';
	$email             = trim( (string) ( $input['notify_email'] ?? '' ) );
	if ( '' !== $email && ! is_email( $email ) ) {
		$refuse( 'notify_email', __( 'that is not an email address.', 'recovery-widgets' ) );
	} else {
		$out['notify_email'] = $email;
	}
	$days = (int) ( $input['retention_days'] ?? 30 );
	if ( $days < 1 || $days > 3650 ) {
		$refuse( 'retention_days', __( 'choose from 1 to 3650 days.', 'recovery-widgets' ) );
	} else {
		$out['retention_days'] = $days;
	}
	return $out;
}
