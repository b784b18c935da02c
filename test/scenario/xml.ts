// A small, strict XML reader for the JUnit tests (no XML library is installed): elements,
// double-quoted attributes, text and the predefined and numeric entities. It throws on anything a
// real parser would reject that our writer could produce: bad nesting, a raw < or &, a control
// character, a duplicated attribute, text outside the root.

export interface XmlElement {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlElement[];
  /** The element's own text, entities decoded. */
  text: string;
}

const NAME = '[A-Za-z_][\\w.:-]*';
const TAG = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*"[^"<]*")*)\\s*(/?)>`);
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*"([^"<]*)"`, 'g');
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export function parseXml(xml: string): XmlElement {
  if (NOT_XML.test(xml)) throw new Error('a character XML 1.0 does not allow');
  let rest = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (rest.length) {
    const open = rest.indexOf('<');
    const text = open < 0 ? rest : rest.slice(0, open);
    if (text) {
      const parent = stack[stack.length - 1];
      if (!parent) {
        if (text.trim()) throw new Error(`text outside the root: ${text.trim().slice(0, 20)}`);
      } else parent.text += decode(text);
    }
    if (open < 0) break;
    rest = rest.slice(open);
    const match = TAG.exec(rest);
    if (!match) throw new Error(`malformed tag at: ${rest.slice(0, 40)}`);
    const [whole, closing, name, attributeText, selfClosing] = match as unknown as [string, string, string, string, string];
    rest = rest.slice(whole.length);
    if (closing) {
      const top = stack.pop();
      if (top?.name !== name) throw new Error(`</${name}> closes <${top?.name ?? 'nothing'}>`);
      continue;
    }
    const element: XmlElement = { name, attributes: attributes(attributeText), children: [], text: '' };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else if (root) throw new Error('a second root element');
    else root = element;
    if (!selfClosing) stack.push(element);
  }
  if (stack.length) throw new Error(`<${stack[stack.length - 1]?.name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

function attributes(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [, name, value] of text.matchAll(ATTRIBUTE)) {
    if (name === undefined || value === undefined) continue;
    if (Object.hasOwn(result, name)) throw new Error(`attribute ${name} twice`);
    result[name] = decode(value);
  }
  return result;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&([^;\s]*);?/g, (whole, entity: string) => {
    if (!whole.endsWith(';')) throw new Error(`a raw & in: ${text.slice(0, 40)}`);
    if (Object.hasOwn(ENTITIES, entity)) return ENTITIES[entity] as string;
    const numeric = /^#(x[0-9a-f]+|\d+)$/i.exec(entity);
    if (!numeric) throw new Error(`unknown entity &${entity};`);
    const code = entity[1]?.toLowerCase() === 'x' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    return String.fromCodePoint(code);
  });
}
