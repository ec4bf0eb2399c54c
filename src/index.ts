/**
 * recovery-widgets: every element, defined. Import `recovery-widgets/classes` for the
 * classes without registering anything, or `recovery-widgets/elements/recovery-<name>.js`
 * for one element.
 */
import './elements/provider/recovery-provider.js';
import './elements/faq/recovery-faq.js';
import './elements/quick-exit/recovery-quick-exit.js';
import './elements/group-finder/recovery-group-finder.js';
import './elements/self-check/recovery-self-check.js';
import './elements/scholarship-check/recovery-scholarship-check.js';
import './elements/intake/recovery-intake.js';

export * from './classes.js';
