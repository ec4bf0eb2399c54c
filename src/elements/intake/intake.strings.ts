import type { Translations } from '../../shared/localize.js';

/** Every visible string of `<recovery-intake>`. Sites override any of them with `strings` or the provider. */
export const intakeStrings: Translations<
  | 'title'
  | 'openUntil'
  | 'closedUntil'
  | 'call'
  | 'text'
  | 'schedule'
  | 'newTab'
  | 'callbackTitle'
  | 'firstName'
  | 'phone'
  | 'phoneHint'
  | 'bestTime'
  | 'anytime'
  | 'morning'
  | 'afternoon'
  | 'evening'
  | 'forWhom'
  | 'self'
  | 'lovedOne'
  | 'consent'
  | 'submit'
  | 'tryAgain'
  | 'sending'
  | 'offline'
  | 'errorsTitle'
  | 'errFirstName'
  | 'errPhone'
  | 'errConsent'
  | 'failed'
  | 'rejected'
  | 'callUs'
  | 'sent'
  | 'sentSoon'
  | 'crisisLead'
  | 'crisisName'
  | 'close'
  | 'unavailable'
> = {
  en: {
    title: 'Talk with someone',
    openUntil: 'Open now, until {time}.',
    closedUntil: 'Closed now. We open {when}.',
    call: 'Call {phone}',
    text: 'Send a text',
    schedule: 'Book a time',
    newTab: '(opens in a new tab)',
    callbackTitle: 'Ask us to call you',
    firstName: 'First name',
    phone: 'Phone number',
    phoneHint: 'Only used to call you back.',
    bestTime: 'Best time to call (optional)',
    anytime: 'Any time',
    morning: 'Morning',
    afternoon: 'Afternoon',
    evening: 'Evening',
    forWhom: 'Who is this for? (optional)',
    self: 'Me',
    lovedOne: 'Someone I love',
    consent: 'You may call or text me at this number about my request.',
    submit: 'Request a callback',
    tryAgain: 'Try again',
    sending: 'Sending your request…',
    offline: "You're offline. We'll send your request when you reconnect: keep this page open.",
    errorsTitle: 'Please check the form',
    errFirstName: 'Enter your first name.',
    errPhone: 'Enter a phone number with its area code.',
    errConsent: 'Tick the box so that we may call you.',
    failed: 'Your request was not sent',
    rejected: 'We could not accept this request',
    callUs: 'To talk now, call {phone}.',
    sent: 'Request received',
    sentSoon: "We'll call you as soon as we can.",
    crisisLead: 'In crisis?',
    crisisName: '988 Suicide & Crisis Lifeline',
    close: 'Close',
    unavailable: "Callback requests aren't available here right now.",
  },
  es: {
    title: 'Hable con alguien',
    openUntil: 'Abierto ahora, hasta las {time}.',
    closedUntil: 'Cerrado ahora. Abrimos el {when}.',
    call: 'Llamar al {phone}',
    text: 'Enviar un mensaje',
    schedule: 'Reservar una cita',
    newTab: '(se abre en una pestaña nueva)',
    callbackTitle: 'Pídanos que le llamemos',
    firstName: 'Nombre',
    phone: 'Número de teléfono',
    phoneHint: 'Solo para devolverle la llamada.',
    bestTime: 'Mejor hora para llamar (opcional)',
    anytime: 'Cualquier hora',
    morning: 'Por la mañana',
    afternoon: 'Por la tarde',
    evening: 'Por la noche',
    forWhom: '¿Para quién es? (opcional)',
    self: 'Para mí',
    lovedOne: 'Para un ser querido',
    consent: 'Pueden llamarme o enviarme un mensaje a este número sobre mi solicitud.',
    submit: 'Pedir que me llamen',
    tryAgain: 'Intentar de nuevo',
    sending: 'Enviando su solicitud…',
    offline: 'Sin conexión. Enviaremos su solicitud al reconectar: no cierre esta página.',
    errorsTitle: 'Revise el formulario',
    errFirstName: 'Escriba su nombre.',
    errPhone: 'Escriba un número con su código de área.',
    errConsent: 'Marque la casilla para que podamos llamarle.',
    failed: 'Su solicitud no se envió',
    rejected: 'No pudimos aceptar esta solicitud',
    callUs: 'Para hablar ahora, llame al {phone}.',
    sent: 'Solicitud recibida',
    sentSoon: 'Le llamaremos lo antes posible.',
    crisisLead: '¿En crisis?',
    crisisName: '988 Línea de Prevención del Suicidio y Crisis',
    close: 'Cerrar',
    unavailable: 'Ahora no se pueden pedir llamadas desde aquí.',
  },
};
