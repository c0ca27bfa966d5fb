/**
 * The benchmark's floor: fetch the same graph.json as the explorer, import it into graphology
 * and draw it with sigma's defaults, nothing else, then `performance.mark('graph-ready')` as
 * the explorer does on its first render.
 *
 * Sigma renders synchronously inside its constructor (refresh() → render(), which emits
 * `afterRender` before any listener can be attached), so the first render has happened when
 * the constructor returns: that is where the mark goes.
 */
import Graph from 'graphology';
import Sigma from 'sigma';

const response = await fetch('../data/graph.json');
const graph = new Graph({ multi: true, type: 'directed' });
graph.import(await response.json());
const renderer = new Sigma(graph, document.getElementById('graph') as HTMLElement);
(window as unknown as { __bare: { renderer: Sigma } }).__bare = { renderer };
performance.mark('graph-ready');
