import postcss, { type Container, type Rule } from 'postcss';

const UTRECHT_CLASS = /\.(utrecht-[a-zA-Z0-9_-]+)/g;

/** Every utrecht-* class name in a source text; a name ending in "-" was built from a template (a prefix). */
export function utrechtClassesIn(source: string): Set<string> {
  return new Set((source.match(/utrecht-[a-z0-9_-]*/g) ?? []).filter((name) => name !== 'utrecht-'));
}

function used(name: string, classes: Set<string>, prefixes: string[]): boolean {
  return classes.has(name) || prefixes.some((p) => name.startsWith(p));
}

function keepSelector(selector: string, classes: Set<string>, prefixes: string[]): boolean {
  for (const [, name] of selector.matchAll(UTRECHT_CLASS)) if (!used(name as string, classes, prefixes)) return false;
  return true;
}

function prune(container: Container, classes: Set<string>, prefixes: string[]): void {
  container.each((node) => {
    if (node.type === 'rule') {
      const rule = node as Rule;
      const kept = rule.selectors.filter((s) => keepSelector(s, classes, prefixes));
      if (kept.length === 0) rule.remove();
      else if (kept.length !== rule.selectors.length) rule.selectors = kept;
    } else if (node.type === 'atrule' && node.nodes) {
      prune(node, classes, prefixes);
      if (node.nodes.length === 0) node.remove();
    } else if (node.type === 'comment' && !node.text.includes('@license')) {
      node.remove();
    }
  });
}

/**
 * The NL Design System CSS our pages can use: rules whose selectors name only utrecht classes that occur
 * in our views (or none at all), with each licence notice kept once. The component library is ~400 KB;
 * the pages use a few dozen of its components.
 */
export function subsetCss(css: string, classes: Set<string>): string {
  const prefixes = [...classes].filter((c) => c.endsWith('-'));
  const root = postcss.parse(css);
  prune(root, classes, prefixes);
  const seen = new Set<string>();
  root.walkComments((comment) => {
    if (seen.has(comment.text)) comment.remove();
    else seen.add(comment.text);
  });
  return root.toString();
}
