/**
 * Editor side of the four blocks. Plain JavaScript on the wp.* globals, no build step: the blocks are
 * dynamic (saved as a comment with attributes only), so this file only draws the inspector controls and
 * a live preview rendered by the server with the same render.php as the page. The kit's loader, enqueued
 * in the editor, upgrades the elements in the preview.
 */
(function (wp) {
  'use strict';
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var PanelBody = wp.components.PanelBody;
  var TextControl = wp.components.TextControl;
  var SelectControl = wp.components.SelectControl;
  var ToggleControl = wp.components.ToggleControl;
  var ServerSideRender = wp.serverSideRender;

  function languageControl(props) {
    return el(SelectControl, {
      __next40pxDefaultSize: true,
      __nextHasNoMarginBottom: true,
      label: __('Language', 'hrc-widgets'),
      value: props.attributes.lang,
      options: [
        { value: '', label: __('Site default', 'hrc-widgets') },
        { value: 'nl', label: __('Dutch', 'hrc-widgets') },
        { value: 'en', label: __('English', 'hrc-widgets') },
      ],
      onChange: function (value) {
        props.setAttributes({ lang: value });
      },
    });
  }

  function text(props, name, label, help) {
    return el(TextControl, {
      __next40pxDefaultSize: true,
      __nextHasNoMarginBottom: true,
      label: label,
      help: help,
      value: props.attributes[name],
      onChange: function (value) {
        var change = {};
        change[name] = value;
        props.setAttributes(change);
      },
    });
  }

  function select(props, name, label, options) {
    return el(SelectControl, {
      __next40pxDefaultSize: true,
      __nextHasNoMarginBottom: true,
      label: label,
      value: props.attributes[name],
      options: options,
      onChange: function (value) {
        var change = {};
        change[name] = value;
        props.setAttributes(change);
      },
    });
  }

  /** The inspector controls of each block, beside the language. */
  var controls = {
    'hrc/report-form': function (props) {
      return [
        select(props, 'askEqualityData', __('Equality questions', 'hrc-widgets'), [
          { value: '', label: __('As in the settings', 'hrc-widgets') },
          { value: 'on', label: __('Ask', 'hrc-widgets') },
          { value: 'off', label: __('Do not ask', 'hrc-widgets') },
        ]),
        text(
          props,
          'ground',
          __('Preselected ground', 'hrc-widgets'),
          __('A ground id such as "age"; rights cards link here with one.', 'hrc-widgets'),
        ),
        text(
          props,
          'quickExitUrl',
          __('Quick exit address', 'hrc-widgets'),
          __('The page the quick exit button opens.', 'hrc-widgets'),
        ),
        el(ToggleControl, {
          label: __('Quick exit also by pressing Shift 3 times', 'hrc-widgets'),
          checked: props.attributes.quickExitShortcut !== 'off',
          __nextHasNoMarginBottom: true,
          onChange: function (value) {
            props.setAttributes({ quickExitShortcut: value ? '' : 'off' });
          },
        }),
      ];
    },
    'hrc/rights-cards': function (props) {
      return [
        text(
          props,
          'articles',
          __('Charter articles', 'hrc-widgets'),
          __('Numbers separated by commas, such as 21,23,26.', 'hrc-widgets'),
        ),
        text(
          props,
          'chapter',
          __('Charter chapter', 'hrc-widgets'),
          __('Or a whole chapter, such as equality.', 'hrc-widgets'),
        ),
        select(props, 'variant', __('Variant', 'hrc-widgets'), [
          { value: '', label: __('Default', 'hrc-widgets') },
          { value: 'full', label: __('Full', 'hrc-widgets') },
          { value: 'compact', label: __('Compact', 'hrc-widgets') },
        ]),
        text(
          props,
          'reportUrl',
          __('Report form page', 'hrc-widgets'),
          __('Equality rights link there with the ground preselected.', 'hrc-widgets'),
        ),
      ];
    },
    'hrc/framework-checklist': function (props) {
      return [
        text(
          props,
          'compareSrc',
          __('Compare with (JSON address)', 'hrc-widgets'),
          __('Last year’s or another city’s published assessment.', 'hrc-widgets'),
        ),
      ];
    },
    'hrc/declaration-badge': function (props) {
      return [
        select(props, 'variant', __('Variant', 'hrc-widgets'), [
          { value: '', label: __('Default', 'hrc-widgets') },
          { value: 'seal', label: __('Seal', 'hrc-widgets') },
          { value: 'horizontal', label: __('Horizontal', 'hrc-widgets') },
          { value: 'compact', label: __('Compact', 'hrc-widgets') },
        ]),
        select(props, 'size', __('Size', 'hrc-widgets'), [
          { value: '', label: __('Default', 'hrc-widgets') },
          { value: 's', label: __('Small', 'hrc-widgets') },
          { value: 'm', label: __('Medium', 'hrc-widgets') },
          { value: 'l', label: __('Large', 'hrc-widgets') },
        ]),
        el(ToggleControl, {
          __nextHasNoMarginBottom: true,
          label: __('Show progress from the published checklist', 'hrc-widgets'),
          checked: props.attributes.showStatus,
          onChange: function (value) {
            props.setAttributes({ showStatus: value });
          },
        }),
        text(
          props,
          'statusUrl',
          __('Checklist page', 'hrc-widgets'),
          __('The progress line links there.', 'hrc-widgets'),
        ),
      ];
    },
  };

  Object.keys(controls).forEach(function (name) {
    wp.blocks.registerBlockType(name, {
      edit: function (props) {
        return el(
          'div',
          useBlockProps(),
          el(
            InspectorControls,
            null,
            el(
              PanelBody,
              { title: __('Settings', 'hrc-widgets') },
              [languageControl(props)].concat(controls[name](props)),
            ),
          ),
          el(ServerSideRender, { block: name, attributes: props.attributes }),
        );
      },
      // Dynamic blocks: the page is rendered on the server, the post keeps only the attributes.
      save: function () {
        return null;
      },
    });
  });
})(window.wp);
