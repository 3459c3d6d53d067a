import type { TopicCatalog } from '../../core/conversation/deps';
import type { Topic } from '../../core/content/schema';
import { DEFAULT_LANGUAGE } from '../../core/languages';
import type { ContentBundle } from './bundle-types';

/** Index of the bundle's topics by id and language; a missing translation falls back to English. */
export function createTopicCatalog(bundle: Pick<ContentBundle, 'topics'>): TopicCatalog {
  // Built on first use: a cold start that only answers a button tap need not index every topic.
  let index: { byKey: Map<string, Topic>; areaOrder: Map<string, string[]> } | undefined;
  const build = () => {
    const byKey = new Map<string, Topic>();
    const areaOrder = new Map<string, string[]>();
    for (const topic of bundle.topics) {
      byKey.set(`${topic.id}|${topic.language}`, topic);
      const ids = areaOrder.get(topic.area) ?? [];
      if (!ids.includes(topic.id)) areaOrder.set(topic.area, [...ids, topic.id]);
    }
    return { byKey, areaOrder };
  };
  const get = (id: string, language: string) => {
    index ??= build();
    return index.byKey.get(`${id}|${language}`) ?? index.byKey.get(`${id}|${DEFAULT_LANGUAGE}`);
  };
  return {
    get,
    inArea: (area, language) => {
      index ??= build();
      return (index.areaOrder.get(area) ?? []).map((id) => get(id, language)).filter((t): t is Topic => t !== undefined);
    },
  };
}
