// What a page states about itself in machine-readable form: JSON-LD objects,
// meta tags, and itemprop/rel attributes. The metadata, publication-date and
// article-detection readers all start from these.

import { elementsByTagName } from './dom.js';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES = /^(Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference)$/;

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function typesOf(object: JsonObject): string[] {
  const type = object['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#:]/, ''));
}

// Elements are looked up by tag name and attribute tests, not selectors: jsdom
// (the CLI) compiles each selector afresh for every page, costing milliseconds.

const tokenIndexes = new WeakMap<Document, { elements: number; index: Map<string, Element[]> }>();

/**
 * Elements carrying an itemprop or rel attribute whose space-separated value
 * includes `token` (case-insensitive), from one walk per page state.
 */
export function elementsWithToken(doc: Document, attribute: 'itemprop' | 'rel', token: string): Element[] {
  const all = elementsByTagName(doc, '*');
  let cached = tokenIndexes.get(doc);
  if (!cached || cached.elements !== all.length) {
    const index = new Map<string, Element[]>();
    for (const element of all) {
      for (const name of ['itemprop', 'rel']) {
        const value = element.getAttribute(name);
        if (!value) continue;
        for (const part of value.toLowerCase().split(/\s+/)) {
          const key = `${name}=${part}`;
          index.set(key, [...(index.get(key) ?? []), element]);
        }
      }
    }
    cached = { elements: all.length, index };
    tokenIndexes.set(doc, cached);
  }
  return cached.index.get(`${attribute}=${token.toLowerCase()}`) ?? [];
}

/** Every JSON-LD object on the page, flattening arrays and @graph, iteratively. */
function jsonLdObjects(doc: Document): JsonObject[] {
  const objects: JsonObject[] = [];
  const scripts = elementsByTagName(doc, 'script').filter((script) => script.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json');
  for (const script of scripts) {
    let parsed: Json;
    try {
      // Some sites wrap the JSON in CDATA comments.
      parsed = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')) as Json;
    } catch {
      continue;
    }
    const stack: Json[] = [parsed];
    while (stack.length > 0 && objects.length < 500) {
      const value = stack.pop()!;
      if (Array.isArray(value)) stack.push(...value);
      else if (isObject(value)) {
        objects.push(value);
        const graph = value['@graph'];
        if (graph) stack.push(graph);
      }
    }
  }
  return objects;
}

/** Of a page's JSON-LD objects, the one whose type is an article or posting. */
function articleAmong(objects: readonly JsonObject[]): JsonObject | null {
  return objects.find((object) => typesOf(object).some((type) => ARTICLE_TYPES.test(type))) ?? null;
}

export function text(value: Json | undefined): string | null {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) return text(value[0]);
  return null;
}

export function clean(value: string): string | null {
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? null : trimmed;
}

export function names(value: Json | undefined): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const result: string[] = [];
  for (const item of list) {
    const name = typeof item === 'string' ? item : isObject(item) ? text(item['name']) : null;
    if (name && !/^https?:/.test(name)) result.push(name);
  }
  return result;
}

/** Meta tag contents by lower-cased property/name/itemprop/http-equiv; several values kept in order. */
export function metaTags(doc: Document): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const meta of elementsByTagName(doc, 'meta')) {
    const content = clean(meta.getAttribute('content') ?? '');
    if (!content) continue;
    const keys = [meta.getAttribute('property'), meta.getAttribute('name'), meta.getAttribute('itemprop'), meta.getAttribute('http-equiv')];
    for (const key of keys) {
      // A property attribute may list several names ("og:title twitter:title").
      for (const name of (key ?? '').toLowerCase().split(/\s+/)) {
        if (!name) continue;
        const list = tags.get(name) ?? [];
        list.push(content);
        tags.set(name, list);
      }
    }
  }
  return tags;
}

export function firstMeta(tags: Map<string, string[]>, names: readonly string[]): string | null {
  for (const name of names) {
    const value = tags.get(name)?.[0];
    if (value) return value;
  }
  return null;
}

/** What a page states for machines, read once and handed to each reader of it. */
export interface PageStatements {
  tags: Map<string, string[]>;
  jsonLd: JsonObject[];
  /** The JSON-LD object describing the article itself, if any. */
  article: JsonObject | null;
}

export function readStatements(doc: Document): PageStatements {
  const jsonLd = jsonLdObjects(doc);
  return { tags: metaTags(doc), jsonLd, article: articleAmong(jsonLd) };
}
