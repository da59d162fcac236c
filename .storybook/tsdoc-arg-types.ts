import type { ArgTypesEnhancer, StrictInputType } from 'storybook/internal/types';

/** What react-docgen-typescript records of a prop: its TSDoc tags (`@defaultValue`, …) apart from the text. */
interface DocgenProp {
  tags?: Record<string, string>;
}

/** `{@link CheckoutButton}` (TSDoc) reads as code in a table, as an editor shows it. */
const unlink = (text: string) => text.replace(/\{@link\s+([^}|\s]+)[^}]*\}/g, '`$1`');

/** A TSDoc default is written as Markdown (`` `'click'` ``); the table shows it as code already. */
const summary = (tsdoc: string) => unlink(tsdoc).replaceAll('`', '').trim();

/**
 * Props tables show what the TSDoc says: the `@defaultValue` of a prop without a default in the
 * component's own signature (`quantity`, `endpoint`, `timeoutMs` come from the hook's and the input's
 * types), and `{@link X}` as `X` instead of the raw tag. Storybook reads neither by itself.
 */
export const tsdocArgTypes: ArgTypesEnhancer = ({ argTypes, component }) => {
  const props = (component as { __docgenInfo?: { props?: Record<string, DocgenProp> } } | undefined)
    ?.__docgenInfo?.props;
  if (!props) return argTypes;
  const enhanced: Record<string, StrictInputType> = {};
  for (const [name, argType] of Object.entries(argTypes)) {
    const tsdocDefault = props[name]?.tags?.defaultValue;
    const table = { ...argType.table };
    if (tsdocDefault && !table.defaultValue?.summary) table.defaultValue = { summary: summary(tsdocDefault) };
    else if (table.defaultValue?.summary)
      table.defaultValue = { ...table.defaultValue, summary: unlink(table.defaultValue.summary) };
    enhanced[name] = {
      ...argType,
      ...(argType.description && { description: unlink(argType.description) }),
      table,
    };
  }
  return enhanced;
};
