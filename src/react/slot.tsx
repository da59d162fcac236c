import { Children, cloneElement, type ReactElement, type ReactNode, type Ref, version } from 'react';

type Props = Record<string, unknown> & { children?: ReactNode; forwardedRef?: Ref<HTMLElement> };

const setRef = <T,>(ref: Ref<T> | undefined, value: T) => {
  if (typeof ref === 'function') ref(value);
  else if (ref) (ref as { current: T }).current = value;
};

/**
 * @internal `asChild`: these props merged into the only child (its own props win, handlers chained).
 * The ref comes as `forwardedRef` because React 18 drops a `ref` given to a function component.
 */
export function Slot({ children, forwardedRef, ...props }: Props) {
  // Throws React's own "expected to receive a single React element child" for anything else.
  const child = Children.only(children) as ReactElement<Props>;
  const childProps = child.props;
  const merged: Props = { ...props, ...childProps };
  for (const key in props) {
    const ours = props[key];
    const theirs = childProps[key];
    if (theirs === undefined) merged[key] = ours;
    else if (/^on[A-Z]/.test(key) && typeof ours === 'function' && typeof theirs === 'function') {
      merged[key] = (...args: unknown[]) => {
        theirs(...args);
        ours(...args);
      };
    } else if (key === 'className') merged[key] = [ours, theirs].filter(Boolean).join(' ');
    else if (key === 'style') merged[key] = { ...(ours as object), ...(theirs as object) };
  }
  // React 19 passes ref as a prop; React 18 keeps it on the element.
  const childRef = (
    version.startsWith('18') ? (child as unknown as { ref?: Ref<HTMLElement> }).ref : childProps.ref
  ) as Ref<HTMLElement> | undefined;
  merged.ref = (node: HTMLElement) => {
    setRef(forwardedRef, node);
    setRef(childRef, node);
  };
  return cloneElement(child, merged);
}
