/** The right-click menu against a stand-in for Electron's WebContents and Menu. */
import { beforeEach, describe, expect, it } from 'vitest';
import { attachContextMenu } from '../../../src/main/electron/context-menu';
import { contextMenuParams, StandInMenu, StandInWebContents } from './stand-in';

const itemsOf = (popup: (typeof StandInMenu.popups)[number]) =>
  popup.items.map((item) => (item.type === 'separator' ? '-' : `${item.role}${item.enabled ? '' : ' (off)'}`));

function rightClick(params: ReturnType<typeof contextMenuParams>) {
  const contents = new StandInWebContents();
  attachContextMenu(contents, StandInMenu);
  contents.rightClick(params);
  expect(StandInMenu.popups).toHaveLength(1);
  return StandInMenu.popups[0];
}

beforeEach(() => {
  StandInMenu.popups = [];
});

describe('context menu (with a stand-in for Electron)', () => {
  it('offers Copy and Select All over selected article text, where it was clicked', () => {
    const popup = rightClick(
      contextMenuParams({
        x: 120,
        y: 340,
        selectionText: 'night leg cramps',
        editFlags: { canCut: false, canCopy: true, canPaste: false, canSelectAll: true },
      }),
    );
    expect(itemsOf(popup)).toEqual(['copy', 'selectAll']);
    expect(popup.options).toEqual({ x: 120, y: 340 });
  });

  it('greys Copy out when nothing is selected', () => {
    expect(itemsOf(rightClick(contextMenuParams()))).toEqual(['copy (off)', 'selectAll']);
    const blank = contextMenuParams({
      selectionText: '  ',
      editFlags: { canCut: false, canCopy: true, canPaste: false, canSelectAll: true },
    });
    StandInMenu.popups = [];
    expect(itemsOf(rightClick(blank))).toEqual(['copy (off)', 'selectAll']);
  });

  it('offers Cut, Copy, Paste and Select All in a text field, as the field allows', () => {
    const withSelection = contextMenuParams({
      isEditable: true,
      selectionText: 'calf',
      editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true },
    });
    expect(itemsOf(rightClick(withSelection))).toEqual(['cut', 'copy', 'paste', '-', 'selectAll']);
    StandInMenu.popups = [];
    const empty = contextMenuParams({
      isEditable: true,
      editFlags: { canCut: false, canCopy: false, canPaste: false, canSelectAll: false },
    });
    expect(itemsOf(rightClick(empty))).toEqual(['cut (off)', 'copy (off)', 'paste (off)', '-', 'selectAll (off)']);
  });
});
