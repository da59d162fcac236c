import { TOUCH_CLICK_DELAY_MS } from './defaults';

/** A press on the button that waits for its click. */
export interface PressGate {
  /** `true` once {@link PressGate.click} is called; `false` when the pointer is released and no click follows, or on `cancel`. */
  clicked: Promise<boolean>;
  click: () => void;
  cancel: () => void;
}

/**
 * A press goes on only if its click follows: a mouse's comes in the same task as `pointerup`, a touch's
 * a little later; a press released off the element or taken over by scrolling has none.
 */
export function waitForClick(): PressGate {
  let settle: (clicked: boolean) => void = () => {};
  const clicked = new Promise<boolean>((resolve) => {
    settle = resolve;
  });
  const cancel = () => settle(false);
  const onRelease = (event: PointerEvent) =>
    setTimeout(cancel, event.pointerType === 'mouse' ? 0 : TOUCH_CLICK_DELAY_MS);
  addEventListener('pointerup', onRelease, true);
  addEventListener('pointercancel', cancel, true);
  void clicked.then(() => {
    removeEventListener('pointerup', onRelease, true);
    removeEventListener('pointercancel', cancel, true);
  });
  return { clicked, click: () => settle(true), cancel };
}
