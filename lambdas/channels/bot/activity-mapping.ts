import type { Activity, CardAction } from 'botbuilder-core';
import type { Reply, UserInput } from '../../core/conversation/messages';

/** The `value` our clients post when a button is pressed: the stable choice id. */
interface ChoiceValue {
  choice: string;
}

const isChoiceValue = (value: unknown): value is ChoiceValue =>
  typeof value === 'object' && value !== null && typeof (value as ChoiceValue).choice === 'string';

/** Turns an incoming activity into what the core understands. */
export function toUserInput(activity: Partial<Activity>): UserInput {
  if (activity.type === 'event' && activity.name === 'start') {
    const value = (activity.value ?? {}) as Record<string, unknown>;
    return {
      kind: 'start',
      ...(typeof value.topic === 'string' ? { topic: value.topic } : {}),
      ...(typeof value.language === 'string' ? { language: value.language } : {}),
      ...(typeof value.source === 'string' ? { source: value.source } : {}),
    };
  }
  if (isChoiceValue(activity.value)) return { kind: 'choice', id: activity.value.choice };
  if (typeof activity.text === 'string' && activity.text.trim() !== '') return { kind: 'text', text: activity.text, ...(activity.id ? { messageId: activity.id } : {}) };
  const channelData = activity.channelData as { unsupported?: string } | undefined;
  return { kind: 'unsupported', what: channelData?.unsupported ?? 'attachment' };
}

/** The inverse of `toUserInput`, for channels whose payloads are mapped to core input first (WhatsApp). */
export function fromUserInput(input: UserInput): Partial<Activity> {
  switch (input.kind) {
    case 'text':
      return { type: 'message', text: input.text };
    case 'choice':
      return { type: 'message', text: '', value: { choice: input.id } };
    case 'start': {
      const { kind: _kind, ...value } = input;
      return { type: 'event', name: 'start', value };
    }
    case 'unsupported':
      return { type: 'message', text: '', channelData: { unsupported: input.what } };
  }
}

/** Renders a core reply as a Bot Framework message; choices become postBack suggested actions. */
export function toActivity(reply: Reply, locale: string): Partial<Activity> {
  const activity: Partial<Activity> = { type: 'message', text: reply.text, locale, textFormat: 'plain' };
  if (reply.choices?.length) {
    activity.suggestedActions = {
      to: [],
      actions: reply.choices.map(
        (choice): CardAction => ({
          type: 'postBack',
          title: choice.title,
          value: { choice: choice.id },
          ...(choice.description ? { text: choice.description } : {}),
        }),
      ),
    };
    if (reply.choicesLabel) activity.channelData = { choicesLabel: reply.choicesLabel };
  }
  return activity;
}

/** The inverse of `toActivity`, for channels that render core replies themselves (WhatsApp). */
export function toReply(activity: Partial<Activity>): Reply {
  const choices = (activity.suggestedActions?.actions ?? [])
    .filter((action) => isChoiceValue(action.value))
    .map((action) => ({
      id: (action.value as ChoiceValue).choice,
      title: action.title,
      ...(typeof action.text === 'string' ? { description: action.text } : {}),
    }));
  const label = (activity.channelData as { choicesLabel?: string } | undefined)?.choicesLabel;
  return { text: activity.text ?? '', ...(choices.length ? { choices } : {}), ...(label ? { choicesLabel: label } : {}) };
}
