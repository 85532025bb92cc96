/**
 * A searchable list to pick one or more existing entries from (experts, courses, tags …):
 * Clack's AutocompletePrompt (@clack/core) with our own rendering, because the ready-made
 * `autocomplete` of @clack/prompts prints its key help in English only. Typing filters on
 * title and id alike, accents ignored (`yil` finds Fatma Yılmaz).
 */
import { styleText } from 'node:util';
import type { Readable, Writable } from 'node:stream';
import { AutocompletePrompt } from '@clack/core';
import {
  limitOptions,
  S_BAR,
  S_BAR_END,
  S_CHECKBOX_INACTIVE,
  S_CHECKBOX_SELECTED,
  S_RADIO_ACTIVE,
  S_RADIO_INACTIVE,
  symbol,
} from '@clack/prompts';
import { toId } from '../../src/lib/slug.ts';

export interface Choice<V> {
  value: V;
  label: string;
  hint?: string;
}

/** The texts around the list, in the site's language. */
export interface SearchTexts {
  search: string;
  /** `{count} gevonden` */
  found: (count: number) => string;
  none: string;
  keys: string;
  /** `{count} gekozen` (lists) */
  chosen?: (count: number) => string;
}

export interface SearchOptions<V> {
  message: string;
  options: Choice<V>[];
  multiple: boolean;
  texts: SearchTexts;
  /** Values chosen before the list opens (lists only). */
  initialValues?: V[];
  maxItems?: number;
  input?: Readable;
  output?: Writable;
}

const fold = (text: string) => toId(text).replace(/-/g, ' ');

/** One entry or a list of them; a symbol when the editor pressed Esc or Ctrl+C. */
export function searchPrompt<V>(opts: SearchOptions<V>): Promise<V | V[] | symbol | undefined> {
  const { texts } = opts;
  const prompt = new AutocompletePrompt<Choice<V>>({
    options: opts.options,
    multiple: opts.multiple,
    ...(opts.initialValues ? { initialValue: opts.initialValues } : {}),
    filter: (typed, option) => fold(`${option.label} ${String(option.value)}`).includes(fold(typed)),
    ...(opts.input ? { input: opts.input } : {}),
    ...(opts.output ? { output: opts.output } : {}),
    render() {
      const head = `${styleText('gray', S_BAR)}\n${symbol(this.state)}  ${opts.message}\n`;
      const labels = (values: V[]) =>
        values.map((v) => opts.options.find((o) => o.value === v)?.label ?? String(v)).join(', ');
      const picked = this.multiple
        ? this.selectedValues
        : this.focusedValue === undefined
          ? []
          : [this.focusedValue];
      if (this.state === 'submit')
        return `${head}${styleText('gray', S_BAR)}  ${styleText('dim', labels(picked))}`;
      if (this.state === 'cancel')
        return `${head}${styleText('gray', S_BAR)}  ${styleText(['strikethrough', 'dim'], labels(picked))}`;
      const bar = styleText('cyan', S_BAR);
      const count =
        this.filteredOptions.length !== opts.options.length
          ? styleText('dim', ` (${texts.found(this.filteredOptions.length)})`)
          : '';
      const chosen =
        this.multiple && texts.chosen && this.selectedValues.length
          ? styleText('dim', ` · ${texts.chosen(this.selectedValues.length)}`)
          : '';
      const lines = [
        `${bar}  ${styleText('dim', texts.search)} ${this.userInputWithCursor}${count}${chosen}`,
      ];
      if (this.filteredOptions.length === 0) lines.push(`${bar}  ${styleText('yellow', texts.none)}`);
      const style = (option: Choice<V>, active: boolean) => {
        const selected = this.selectedValues.includes(option.value);
        const mark = this.multiple
          ? selected
            ? styleText('green', S_CHECKBOX_SELECTED)
            : styleText('dim', S_CHECKBOX_INACTIVE)
          : active
            ? styleText('green', S_RADIO_ACTIVE)
            : styleText('dim', S_RADIO_INACTIVE);
        const hint = option.hint ? styleText('dim', ` (${option.hint})`) : '';
        return `${mark} ${active ? option.label : styleText('dim', option.label)}${active ? hint : ''}`;
      };
      const list = limitOptions({
        cursor: this.cursor,
        options: this.filteredOptions,
        style,
        maxItems: opts.maxItems ?? 8,
        ...(opts.output ? { output: opts.output } : {}),
        rowPadding: lines.length + 4,
      }).map((line) => `${bar}  ${line}`);
      return [
        head.trimEnd(),
        ...lines,
        ...list,
        `${bar}  ${styleText('dim', texts.keys)}`,
        styleText('cyan', S_BAR_END),
      ].join('\n');
    },
  });
  return prompt.prompt() as Promise<V | V[] | symbol | undefined>;
}
