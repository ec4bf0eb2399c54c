import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { fakeEndpoint, sendAsVisitor, type FakeBehaviour } from './intake-fakes.js';

interface IntakeArgs {
  variant: 'card' | 'banner' | 'floating';
  phone?: string;
  sms?: string;
  'schedule-href'?: string;
  hours?: string;
  timezone?: string;
  'caller-name'?: string;
  theme?: 'light' | 'dark' | 'auto';
  endpoint: FakeBehaviour;
  /** A fixed clock for the hours line (ISO date); empty for the real time. */
  now?: string;
}

/** Front Range Recovery Collective, the fictional clinic of the demo. */
const CLINIC = {
  phone: '+1-303-555-0142',
  sms: '+1-303-555-0142',
  'schedule-href': 'https://book.example.org/front-range',
  hours: 'Mon-Fri 09:00-17:00; Sat 10:00-14:00',
  timezone: 'America/Denver',
  'caller-name': 'Front Range Recovery Collective',
};

/** Wednesday mid-morning in Denver, so the hours line reads the same whenever the story is opened. */
const WEDNESDAY_MORNING = '2026-03-04T17:00:00Z';

const meta: Meta<IntakeArgs> = {
  title: 'Widgets/Intake',
  component: 'recovery-intake',
  args: { variant: 'card', ...CLINIC, endpoint: 'accept', now: WEDNESDAY_MORNING },
  argTypes: {
    variant: { control: 'inline-radio', options: ['card', 'banner', 'floating'] },
    endpoint: {
      control: 'select',
      options: ['accept', 'hang', 'unavailable', 'refuse'],
      description: 'How the story-level fake endpoint answers',
    },
  },
  render: (args, context) => html`
    <recovery-intake
      id=${`intake-${context?.id ?? 'story'}`}
      variant=${args.variant}
      phone=${args.phone ?? nothing}
      sms=${args.sms ?? nothing}
      schedule-href=${args['schedule-href'] ?? nothing}
      hours=${args.hours ?? nothing}
      timezone=${args.timezone ?? nothing}
      caller-name=${args['caller-name'] ?? nothing}
      theme=${args.theme ?? nothing}
      action=${fakeEndpoint(args.endpoint)}
      timeout="3000"
      backoff="300"
      attempts="2"
      .now=${args.now ? new Date(args.now) : undefined}
    ></recovery-intake>
  `,
};
export default meta;

type Story = StoryObj<IntakeArgs>;

/** The default card: call, text, book, office hours, the callback form (with who will call) and the help lines, 988 in sight. */
export const Card: Story = {};

/** A strip across the page; "Request a callback" opens the form below it. */
export const Banner: Story = { args: { variant: 'banner' } };

/** A corner button (with "Call 988" beside it) that opens the card as a modal dialog. */
export const Floating: Story = { args: { variant: 'floating' } };

/** Only a phone number configured: no text or booking link, and no form without an endpoint. */
export const CallOnly: Story = {
  render: () => html`<recovery-intake phone="+1-303-555-0142" .now=${new Date(WEDNESDAY_MORNING)} hours=${CLINIC.hours}></recovery-intake>`,
};

/** A state after pressing "Request a callback", reached as a visitor would reach it. */
const stateStory = (endpoint: FakeBehaviour, options: { empty?: boolean; offline?: boolean } = {}): Story => ({
  args: { endpoint },
  play: ({ canvasElement }) => sendAsVisitor(canvasElement, options),
});

/** Sending: the endpoint has not answered yet; “Sending your request…” is announced. */
export const Sending: Story = stateStory('hang');

/** Sent: what happens next, from the office hours, and the number for those who would rather not wait. */
export const Sent: Story = stateStory('accept');

/** Not sent after every attempt (the endpoint kept answering 503): the phone number; the form keeps its values. */
export const Failed: Story = stateStory('unavailable');

/** Refused (400): no retry; the phone number; the form keeps its values. */
export const Refused: Story = stateStory('refuse');

/** The browser is offline: the request waits and goes when the connection is back. */
export const Offline: Story = stateStory('accept', { offline: true });

/** Sent without filling in the form: "There is a problem", focused, linking to each field, the texts-and-voicemail question included. */
export const ValidationErrors: Story = stateStory('accept', { empty: true });

/** Saturday evening in Denver: closed, opening Monday (after the clocks change on 2026-03-08). */
export const ClosedHours: Story = { args: { now: '2026-03-08T01:00:00Z' } };

/** Closed hours, after sending: when to expect the call. */
export const SentWhileClosed: Story = { ...stateStory('accept'), args: { endpoint: 'accept', now: '2026-03-08T01:00:00Z' } };

/** In Spanish: the nearest `lang` decides. */
export const Spanish: Story = {
  render: (args, context) => html`<div lang="es">${meta.render!(args, context)}</div>`,
};

/** `theme="dark"`. */
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };

/** Settings from the organization’s `<recovery-provider>`: the element carries no attributes of its own; the caller is named after the organization. */
export const InsideProvider: Story = {
  render: () => html`<recovery-provider
    org-name="Front Range Recovery Collective"
    phone=${CLINIC.phone}
    sms=${CLINIC.sms}
    schedule-href=${CLINIC['schedule-href']}
    intake-action=${fakeEndpoint('accept')}
    hours=${CLINIC.hours}
    timezone=${CLINIC.timezone}
  >
    <recovery-intake .now=${new Date(WEDNESDAY_MORNING)}></recovery-intake>
  </recovery-provider>`,
};

/** An endpoint that is not HTTPS: a short polite message instead of the form; calling still works. */
export const ConfigurationError: Story = {
  render: () => html`<recovery-intake phone=${CLINIC.phone} action="http://intake.example.org/callback"></recovery-intake>`,
};

/** In Spanish, after sending without filling in the form: “Hay un problema”. */
export const SpanishValidationErrors: Story = {
  ...stateStory('accept', { empty: true }),
  render: (args, context) => html`<div lang="es">${meta.render!(args, context)}</div>`,
};

/** Sent, in Spanish: the time zone named as in English (“MST”). */
export const SpanishSent: Story = {
  ...stateStory('accept'),
  render: (args, context) => html`<div lang="es">${meta.render!(args, context)}</div>`,
};
