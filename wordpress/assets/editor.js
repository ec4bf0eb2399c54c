/**
 * The blocks in the editor: sidebar controls made from build/blocks.json (itself made from
 * custom-elements.json), the FAQ's questions edited as a list, and a live preview.
 *
 * Plain JavaScript on WordPress's globals, no build step. The preview is the block's own
 * server rendering (the block-renderer REST route) shown with the widgets' script inside a
 * sandboxed frame: the quick exit's Shift × 3 and its button, the floating intake and the
 * widgets' fixed-position parts then act on the frame, never on the editor.
 */
(function (wp, config) {
  'use strict';
  if (!wp || !config) return;

  var el = wp.element.createElement;
  var useState = wp.element.useState;
  var useEffect = wp.element.useEffect;
  var useRef = wp.element.useRef;
  var blockEditor = wp.blockEditor;
  var components = wp.components;
  var __ = wp.i18n.__;
  var sprintf = wp.i18n.sprintf;
  /**
   * Text is stored with &, < and > as entities and shown decoded. Without `unfiltered_html`
   * WordPress runs block attributes through kses when the post is saved, which would drop
   * "<boundaries>" or turn "&" into "&amp;"; entities pass through unchanged, and the server
   * decodes them once before escaping what it prints (includes/blocks.php).
   */
  var decode = function (value) {
    return wp.htmlEntities.decodeEntities(value == null ? '' : String(value));
  };
  var encode = function (text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  };

  /** The question's link name, as the server and the FAQ widget make it. */
  function slug(text) {
    var folded = String(text)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    return folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'question';
  }

  /** One sidebar control: toggle, select, number or text field, labelled in plain words. */
  function control(definition, attributes, setAttributes) {
    var value = attributes[definition.key];
    var set = function (next) {
      var change = {};
      change[definition.key] = next;
      setAttributes(change);
    };
    var common = { key: definition.key, label: definition.label, help: definition.help };
    if (definition.kind === 'toggle') {
      return el(components.ToggleControl, Object.assign(common, { checked: value === true, onChange: set }));
    }
    if (definition.kind === 'select') {
      var options = definition.options.slice();
      if (!definition.default) options.unshift({ value: '', label: __('Default', 'recovery-widgets') });
      return el(
        components.SelectControl,
        Object.assign(common, { value: value || definition.default || '', options: options, onChange: set }),
      );
    }
    return el(
      components.TextControl,
      Object.assign(common, {
        type: definition.kind === 'number' ? 'number' : definition.format === 'url' ? 'url' : 'text',
        value: decode(value),
        placeholder: definition.placeholder || '',
        onChange: function (text) {
          set(encode(text));
        },
      }),
    );
  }

  function Sidebar(props) {
    var definition = props.definition;
    var main = definition.controls.filter(function (c) {
      return c.panel === 'main';
    });
    var advanced = definition.controls.filter(function (c) {
      return c.panel === 'advanced';
    });
    var render = function (c) {
      return control(c, props.attributes, props.setAttributes);
    };
    return el(
      blockEditor.InspectorControls,
      null,
      main.length ? el(components.PanelBody, { title: __('Settings', 'recovery-widgets') }, main.map(render)) : null,
      el(
        components.PanelBody,
        { title: __('Your organization', 'recovery-widgets'), initialOpen: !main.length },
        el(
          'p',
          null,
          __(
            'Phone numbers, office hours, the quick-exit destination, the crisis line, colors and language are set once for the whole site, in Settings → Recovery widgets.',
            'recovery-widgets',
          ),
        ),
      ),
      advanced.length
        ? el(components.PanelBody, { title: __('For developers', 'recovery-widgets'), initialOpen: false }, advanced.map(render))
        : null,
    );
  }

  /** The FAQ's questions and answers, as a list. Stored in the block; printed as <details>. */
  function FaqEditor(props) {
    var items = Array.isArray(props.items) ? props.items : [];
    var update = function (next) {
      props.onChange(next);
    };
    var change = function (index, field, value) {
      update(
        items.map(function (item, i) {
          if (i !== index) return item;
          var copy = Object.assign({}, item);
          copy[field] = value;
          return copy;
        }),
      );
    };
    var move = function (index, by) {
      var next = items.slice();
      var moved = next.splice(index, 1)[0];
      next.splice(index + by, 0, moved);
      update(next);
    };
    var seen = {};
    return el(
      'div',
      { className: 'recovery-widgets-faq-editor' },
      el('p', { className: 'recovery-widgets-faq-editor__title' }, __('Questions and answers', 'recovery-widgets')),
      items.map(function (item, index) {
        var base = slug(decode(item.question));
        var id = base;
        for (var n = 2; seen[id]; n++) id = base + '-' + n;
        seen[id] = true;
        return el(
          'fieldset',
          { key: index, className: 'recovery-widgets-faq-editor__item' },
          el('legend', null, sprintf(__('Question %d', 'recovery-widgets'), index + 1)),
          el(components.TextControl, {
            label: __('Question', 'recovery-widgets'),
            value: decode(item.question),
            onChange: function (value) {
              change(index, 'question', encode(value));
            },
          }),
          el(components.TextareaControl, {
            label: __('Answer', 'recovery-widgets'),
            help: __('Plain text. Leave a blank line to start a new paragraph.', 'recovery-widgets'),
            value: decode(item.answer),
            rows: 4,
            onChange: function (value) {
              change(index, 'answer', encode(value));
            },
          }),
          el('p', { className: 'recovery-widgets-faq-editor__link' }, sprintf(__('Link to it: #%s', 'recovery-widgets'), id)),
          el(
            'div',
            { className: 'recovery-widgets-faq-editor__buttons' },
            el(
              components.Button,
              {
                variant: 'secondary',
                disabled: index === 0,
                onClick: function () {
                  move(index, -1);
                },
              },
              __('Move up', 'recovery-widgets'),
            ),
            el(
              components.Button,
              {
                variant: 'secondary',
                disabled: index === items.length - 1,
                onClick: function () {
                  move(index, 1);
                },
              },
              __('Move down', 'recovery-widgets'),
            ),
            el(
              components.Button,
              {
                variant: 'tertiary',
                isDestructive: true,
                onClick: function () {
                  update(
                    items.filter(function (_, i) {
                      return i !== index;
                    }),
                  );
                },
              },
              __('Remove', 'recovery-widgets'),
            ),
          ),
        );
      }),
      el(
        components.Button,
        {
          variant: 'primary',
          onClick: function () {
            update(items.concat([{ question: '', answer: '' }]));
          },
        },
        __('Add a question', 'recovery-widgets'),
      ),
    );
  }

  /** The block's own attributes only: the renderer refuses attributes it does not know. */
  function ownAttributes(definition, attributes) {
    var out = {};
    definition.controls.forEach(function (c) {
      out[c.key] = attributes[c.key];
    });
    if (definition.slug === 'faq') out.items = attributes.items || [];
    return out;
  }

  /**
   * The server's rendering of the block in a sandboxed frame (scripts allowed; no same
   * origin, no forms, no top navigation), sized to its content by assets/preview-frame.js.
   */
  function Preview(props) {
    var frame = useRef(null);
    var state = useState({ html: null, error: null });
    var height = useState(props.minHeight);
    var attributes = ownAttributes(props.definition, props.attributes);
    var key = JSON.stringify(attributes);

    useEffect(
      function () {
        var live = true;
        var timer = setTimeout(function () {
          wp.apiFetch({
            path: '/wp/v2/block-renderer/' + props.definition.name + '?context=edit',
            method: 'POST',
            data: { attributes: attributes, post_id: props.postId },
          })
            .then(function (response) {
              if (live) state[1]({ html: response.rendered, error: null });
            })
            .catch(function (error) {
              if (live)
                state[1]({ html: null, error: (error && error.message) || __('The preview could not be loaded.', 'recovery-widgets') });
            });
        }, 300);
        return function () {
          live = false;
          clearTimeout(timer);
        };
      },
      [key],
    );

    useEffect(function () {
      var onMessage = function (event) {
        if (!frame.current || event.source !== frame.current.contentWindow) return;
        var reported = event.data && event.data.recoveryWidgetsHeight;
        if (typeof reported === 'number') height[1](Math.max(props.minHeight, Math.ceil(reported)));
      };
      window.addEventListener('message', onMessage);
      return function () {
        window.removeEventListener('message', onMessage);
      };
    }, []);

    if (state[0].error) return el(components.Notice, { status: 'warning', isDismissible: false }, state[0].error);
    if (state[0].html === null) return el('div', { className: 'recovery-widgets-preview__loading' }, el(components.Spinner));
    if (state[0].html === '')
      return el('p', { className: 'recovery-widgets-preview__empty' }, __('Add a question to see the preview.', 'recovery-widgets'));
    var doc =
      '<!doctype html><html lang="' +
      config.lang +
      '"><head><meta charset="utf-8">' +
      '<link rel="stylesheet" href="' +
      config.style +
      '">' +
      '<style>html,body{margin:0}body{padding:8px;font:16px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,sans-serif;color:#1e1e1e;background:#fff}</style>' +
      '</head><body>' +
      state[0].html +
      '<script src="' +
      config.script +
      '"></script><script src="' +
      config.frameScript +
      '"></script></body></html>';
    return el('iframe', {
      ref: frame,
      className: 'recovery-widgets-preview__frame',
      title: sprintf(__('Preview: %s', 'recovery-widgets'), props.definition.title),
      sandbox: 'allow-scripts',
      srcDoc: doc,
      style: { height: height[0] + 'px' },
    });
  }

  function edit(definition) {
    return function Edit(props) {
      var blockProps = blockEditor.useBlockProps({ className: 'recovery-widgets-block' });
      var isFaq = definition.slug === 'faq';
      var postId = wp.data && wp.data.select('core/editor') ? wp.data.select('core/editor').getCurrentPostId() : undefined;
      return el(
        'div',
        blockProps,
        el(Sidebar, { definition: definition, attributes: props.attributes, setAttributes: props.setAttributes }),
        isFaq && (props.isSelected || !(props.attributes.items || []).length)
          ? el(FaqEditor, {
              items: props.attributes.items,
              onChange: function (items) {
                props.setAttributes({ items: items });
              },
            })
          : null,
        el(
          'div',
          { className: 'recovery-widgets-preview' },
          el('p', { className: 'recovery-widgets-preview__label' }, definition.title),
          el(Preview, {
            definition: definition,
            attributes: props.attributes,
            postId: postId,
            minHeight: definition.slug === 'quick-exit' ? 100 : definition.slug === 'intake' ? 120 : 60,
          }),
          // Clicks inside a frame do not reach the editor: until the block is selected, a
          // transparent cover takes the click and selects it.
          props.isSelected ? null : el('div', { className: 'recovery-widgets-preview__cover', 'aria-hidden': 'true' }),
        ),
      );
    };
  }

  config.blocks.forEach(function (definition) {
    wp.blocks.registerBlockType(definition.name, {
      edit: edit(definition),
      // Dynamic: the server prints the element (render in block.json).
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.recoveryWidgetsEditor);
