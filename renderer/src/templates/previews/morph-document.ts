/**
 * Makes `target` (a loaded document) hold what `source` (the next version, parsed) holds, touching
 * only what differs: a key typed into an email changes one text node, so the frame restyles and
 * lays out that much instead of a whole new document. Children are paired by position; a node of
 * another kind or tag is replaced by a copy of the new one. Returns false, changing nothing, when
 * the documents differ in a way a morph cannot carry over (another doctype, so another rendering
 * mode): the caller loads the document whole instead.
 */
export function morphDocument(target: Document, source: Document): boolean {
  if (target.compatMode !== source.compatMode || !target.documentElement || !source.documentElement) return false;
  morphNode(target, target.documentElement, source.documentElement);
  return true;
}

function sameKind(a: Node, b: Node): boolean {
  return a.nodeType === b.nodeType && a.nodeName === b.nodeName;
}

function morphAttributes(target: Element, source: Element): void {
  for (const name of target.getAttributeNames()) if (!source.hasAttribute(name)) target.removeAttribute(name);
  for (const name of source.getAttributeNames()) {
    const value = source.getAttribute(name)!;
    if (target.getAttribute(name) !== value) target.setAttribute(name, value);
  }
}

/** `target` and `source` are of the same kind (sameKind). */
function morphNode(document: Document, target: Node, source: Node): void {
  if (target.nodeType !== Node.ELEMENT_NODE) {
    if (target.nodeValue !== source.nodeValue) target.nodeValue = source.nodeValue;
    return;
  }
  morphAttributes(target as Element, source as Element);
  const targets = target.childNodes;
  const sources = source.childNodes;
  for (let index = 0; index < sources.length; index += 1) {
    const next = sources[index]!;
    const current = targets[index];
    if (current === undefined) target.appendChild(document.importNode(next, true));
    else if (sameKind(current, next)) morphNode(document, current, next);
    else target.replaceChild(document.importNode(next, true), current);
  }
  while (targets.length > sources.length) target.removeChild(target.lastChild!);
}
