/**
 * Editor side of the four blocks. Plain JavaScript on the wp.* globals, no build step: the blocks are
 * dynamic (saved as a comment with attributes only), so this file draws the sidebar's controls and a
 * live preview rendered by the server with the same render.php as the page. What each block's
 * controls are (kind, labels in the admin's language, options, group) comes from the server as
 * window.hrcWidgetsEditor (HRC_Assets::editor_data(), from the generated HRC_Catalog). The kit's
 * loader, enqueued in the editor, upgrades the elements in the preview.
 */
(function (wp, editor) {
  'use strict';
  var el = wp.element.createElement;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var PanelBody = wp.components.PanelBody;
  var TextControl = wp.components.TextControl;
  var SelectControl = wp.components.SelectControl;
  var ToggleControl = wp.components.ToggleControl;
  var ServerSideRender = wp.serverSideRender;

  /** One control: a toggle for a boolean, a list where there are options, else a text field. */
  function control(props, spec) {
    var change = function (value) {
      var attributes = {};
      attributes[spec.key] = value;
      props.setAttributes(attributes);
    };
    var common = {
      key: spec.key,
      label: spec.label,
      help: spec.help || undefined,
      __nextHasNoMarginBottom: true,
    };
    if (spec.kind === 'boolean') {
      return el(
        ToggleControl,
        Object.assign(common, { checked: !!props.attributes[spec.key], onChange: change }),
      );
    }
    var sized = Object.assign(common, {
      __next40pxDefaultSize: true,
      value: props.attributes[spec.key],
      onChange: change,
    });
    return spec.options
      ? el(SelectControl, Object.assign(sized, { options: spec.options }))
      : el(TextControl, sized);
  }

  Object.keys(editor.blocks).forEach(function (name) {
    var specs = editor.blocks[name];
    wp.blocks.registerBlockType(name, {
      edit: function (props) {
        var panels = Object.keys(editor.groups)
          .map(function (group) {
            var controls = specs
              .filter(function (spec) {
                return spec.group === group;
              })
              .map(function (spec) {
                return control(props, spec);
              });
            return controls.length
              ? el(
                  PanelBody,
                  { key: group, title: editor.groups[group], initialOpen: group === 'content' },
                  controls,
                )
              : null;
          })
          .filter(Boolean);
        return el(
          'div',
          useBlockProps(),
          el(InspectorControls, null, panels),
          el(ServerSideRender, { block: name, attributes: props.attributes }),
        );
      },
      // Dynamic blocks: the page is rendered on the server, the post keeps only the attributes.
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.hrcWidgetsEditor);
