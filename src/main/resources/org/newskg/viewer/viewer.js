/* newskg interactive graph viewer. Every piece of data is put into the page with textContent, never as HTML. */
(function () {
    'use strict';

    var CATEGORIES = {
        Person: { color: '#4e79a7', shape: 'ellipse' },
        Organization: { color: '#f28e2b', shape: 'round-rectangle' },
        Place: { color: '#59a14f', shape: 'diamond' },
        Event: { color: '#e15759', shape: 'hexagon' }
    };
    var OTHER = { color: '#9d9d9d', shape: 'triangle' };
    var STATUSES = { current: 'solid', former: 'dashed', alleged: 'dotted' };
    /** Fine types drawn apart from the rest of their category. */
    var TYPE_BORDERS = {
        CriminalOrganization: { text: 'criminal organization', color: '#8b0000',
            style: { 'border-color': '#8b0000', 'border-width': 3 } },
        Country: { text: 'country', color: '#1b5e20', style: { 'border-color': '#1b5e20', 'border-width': 3 } }
    };
    /** Above this many nodes the viewer trades looks for speed (fewer layout iterations, textures while moving). */
    var LARGE = 500;
    /** A small graph is not blown up to fill the view. */
    var MAX_FIT_ZOOM = 1.5;

    /** State for tests and measurements; times in ms since navigation started, layoutMs is the layout's duration. */
    var viewer = { ready: false, scriptMs: Math.round(performance.now()), createdMs: null, layoutMs: null,
        readyMs: null, nodes: 0, edges: 0 };
    window.newskgViewer = viewer;

    function readJson(id) {
        return JSON.parse(document.getElementById(id).textContent);
    }

    function el(tag, text, className) {
        var e = document.createElement(tag);
        if (text !== undefined && text !== null) {
            e.textContent = String(text);
        }
        if (className) {
            e.className = className;
        }
        return e;
    }

    function isWebLink(iri) {
        return typeof iri === 'string' && /^https?:\/\/[^\s]+$/i.test(iri);
    }

    function webLink(iri, text) {
        if (!isWebLink(iri)) {
            return el('span', text);
        }
        var a = el('a', text);
        a.href = iri;
        a.rel = 'noopener noreferrer';
        a.target = '_blank';
        return a;
    }

    function categoryOf(category) {
        return Object.prototype.hasOwnProperty.call(CATEGORIES, category) ? category : 'Other';
    }

    function look(category) {
        return CATEGORIES[category] || OTHER;
    }

    // ---- data ----

    function prepare(graph) {
        var elements = graph.elements || {};
        var nodes = (elements.nodes || []).filter(function (n) { return n && n.data && n.data.id; });
        var ids = new Set(nodes.map(function (n) { return n.data.id; }));
        var edges = (elements.edges || []).filter(function (e) {
            return e && e.data && ids.has(e.data.source) && ids.has(e.data.target);
        });
        nodes.forEach(function (n) {
            var d = n.data;
            d.label = d.label || d.id;
            d.size = 18 + Math.min(32, 4 * Math.sqrt(Math.max(0, Number(d.mentions) || 0)));
            n.classes = 'cat-' + categoryOf(d.category);
        });
        edges.forEach(function (e, i) {
            if (!e.data.id) {
                e.data.id = 'edge-' + i;
            }
            e.classes = STATUSES[e.data.status] ? 'status-' + e.data.status : '';
        });
        return { nodes: nodes, edges: edges };
    }

    /** Colours and shapes by category; on a large graph labels show only when zoomed in far enough to read. */
    function style(large) {
        var rules = [{ selector: 'node', style: {
            'label': 'data(label)', 'width': 'data(size)', 'height': 'data(size)', 'font-size': 10,
            'text-valign': 'bottom', 'text-margin-y': 3, 'min-zoomed-font-size': large ? 9 : 6, 'border-width': 1,
            'border-color': '#333', 'text-wrap': large ? 'none' : 'ellipsis', 'text-max-width': 120 } }];
        Object.keys(CATEGORIES).concat(['Other']).forEach(function (name) {
            var l = look(name);
            rules.push({ selector: '.cat-' + name, style: { 'background-color': l.color, 'shape': l.shape } });
        });
        Object.keys(TYPE_BORDERS).forEach(function (type) {
            rules.push({ selector: 'node[type = "' + type + '"]', style: TYPE_BORDERS[type].style });
        });
        rules.push({ selector: 'edge', style: {
            'width': 1.5, 'line-color': '#a0a0a0', 'target-arrow-color': '#a0a0a0',
            'target-arrow-shape': 'triangle', 'curve-style': 'straight', 'arrow-scale': 0.8 } });
        Object.keys(STATUSES).forEach(function (status) {
            rules.push({ selector: 'edge.status-' + status, style: { 'line-style': STATUSES[status] } });
        });
        return rules.concat([
            { selector: 'edge:selected, edge.match', style: {
                'label': 'data(relation)', 'font-size': 9, 'curve-style': 'bezier', 'line-color': '#1a5fb4',
                'target-arrow-color': '#1a5fb4', 'width': 3, 'text-background-color': '#fff',
                'text-background-opacity': 0.8 } },
            { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1a5fb4' } },
            { selector: 'node.match', style: { 'border-width': 4, 'border-color': '#e5a50a', 'z-index': 10 } },
            { selector: '.faded', style: { 'opacity': 0.15, 'text-opacity': 0 } }
        ]);
    }

    /**
     * fCoSE: a spectral placement, then force-directed polishing. On a large graph the polishing alone takes minutes
     * (cose-base runs at least five iterations per node), so there the spectral placement is the layout.
     */
    function layoutOptions(count) {
        var large = count > LARGE;
        return {
            name: 'fcose', quality: large ? 'draft' : 'default', randomize: true, animate: false, fit: true,
            padding: 30,
            nodeDimensionsIncludeLabels: false, uniformNodeDimensions: large, packComponents: true,
            nodeRepulsion: function () { return 6000; }, idealEdgeLength: function () { return large ? 150 : 70; },
            nodeSeparation: large ? 150 : 75,
            edgeElasticity: function () { return 0.45; }, numIter: 2500, tilingPaddingVertical: 30,
            tilingPaddingHorizontal: 90
        };
    }

    // ---- the side panel ----

    var panel = document.getElementById('panel');

    function section(title) {
        panel.appendChild(el('h3', title));
    }

    function pairs(rows) {
        var dl = el('dl');
        rows.forEach(function (row) {
            if (row[1] === undefined || row[1] === null || row[1] === '') {
                return;
            }
            dl.appendChild(el('dt', row[0]));
            var dd = el('dd');
            dd.appendChild(row[1] instanceof Node ? row[1] : document.createTextNode(String(row[1])));
            dl.appendChild(dd);
        });
        return dl;
    }

    function nodeButton(node) {
        var b = el('button', node.data('label'), 'link');
        b.type = 'button';
        b.addEventListener('click', function () { select(node); });
        return b;
    }

    function edgeButton(edge, text) {
        var b = el('button', text, 'link');
        b.type = 'button';
        b.addEventListener('click', function () { select(edge); });
        return b;
    }

    function clearPanel(hint) {
        panel.replaceChildren();
        if (hint) {
            panel.appendChild(el('p', hint, 'hint'));
        }
    }

    function showNode(node, options) {
        var d = node.data();
        clearPanel();
        panel.appendChild(el('h2', d.label));
        var kind = d.type && d.type !== d.category ? [d.category, d.type] : [d.category || d.type];
        panel.appendChild(el('p', kind.filter(Boolean).join(' · '), 'kind'));
        if (options.pageLinks && isWebLink(d.id)) {
            var p = el('p');
            p.appendChild(webLink(d.id, 'Resource page'));
            panel.appendChild(p);
        }
        if (typeof options.neighbourhoodDepth === 'number') {
            var around = el('p');
            var link = el('a', 'Show its neighbourhood');
            link.href = '?' + new URLSearchParams({ focus: d.id, depth: String(options.neighbourhoodDepth) });
            link.id = 'neighbourhood';
            around.appendChild(link);
            panel.appendChild(around);
        }
        panel.appendChild(el('p', d.id, 'iri'));
        panel.appendChild(pairs([
            ['Also', (d.aliases || []).join(', ')],
            ['Mentions', d.mentions],
            ['Coordinates', typeof d.lat === 'number' && typeof d.lon === 'number' ? d.lat + ', ' + d.lon : null]
        ]));
        showSameAs(d.sameAs || []);
        showFacts(d.facts || []);
        showQuotes(d.quotes || [], options);
        showRelations(node);
    }

    function showSameAs(sameAs) {
        if (sameAs.length) {
            section('Same as');
            var ul = el('ul');
            sameAs.forEach(function (iri) {
                var li = el('li');
                li.appendChild(webLink(iri, iri));
                ul.appendChild(li);
            });
            panel.appendChild(ul);
        }
    }

    function showFacts(facts) {
        if (facts.length) {
            section('Facts');
            var dl = pairs(facts.map(function (f) { return [f.property, f.value]; }));
            dl.id = 'panel-facts';
            panel.appendChild(dl);
        }
    }

    function showQuotes(quotes, options) {
        if (!quotes.length) {
            return;
        }
        section('Quotations');
        quotes.forEach(function (q) {
            panel.appendChild(el('blockquote', q.text));
            if (q.evidence) {
                panel.appendChild(el('p', 'Sentence: ' + q.evidence, 'evidence'));
            }
            if (q.article) {
                var p = el('p', null, 'evidence');
                p.appendChild(options.pageLinks ? webLink(q.article, q.article) : el('span', q.article));
                panel.appendChild(p);
            }
        });
    }

    function showRelations(node) {
        var edges = node.connectedEdges(':visible');
        if (!edges.length) {
            return;
        }
        section('Relations (' + edges.length + ')');
        var ul = el('ul');
        edges.forEach(function (edge) {
            var outgoing = edge.source().same(node);
            var other = outgoing ? edge.target() : edge.source();
            var li = el('li');
            var text = (outgoing ? '' : '← ') + edge.data('relation') + (outgoing ? ' →' : '');
            li.appendChild(edgeButton(edge, text));
            li.appendChild(document.createTextNode(' '));
            li.appendChild(nodeButton(other));
            var extra = [edge.data('role'), edge.data('status'), edge.data('date')].filter(Boolean).join(', ');
            if (extra) {
                li.appendChild(document.createTextNode(' (' + extra + ')'));
            }
            ul.appendChild(li);
        });
        panel.appendChild(ul);
    }

    function showEdge(edge, options) {
        var d = edge.data();
        clearPanel();
        panel.appendChild(el('h2', d.relation));
        var ends = el('p');
        ends.appendChild(nodeButton(edge.source()));
        ends.appendChild(document.createTextNode(' → '));
        ends.appendChild(nodeButton(edge.target()));
        panel.appendChild(ends);
        panel.appendChild(pairs([
            ['Status', d.status], ['Role', d.role], ['Confidence', d.confidence], ['Date', d.date],
            ['Article', d.article ? (options.pageLinks ? webLink(d.article, d.article) : d.article) : null]
        ]));
        if (d.evidence) {
            section('Evidence');
            panel.appendChild(el('blockquote', d.evidence));
        }
    }

    // ---- legend, filters, search ----

    function legend(cy) {
        var ul = document.getElementById('legend');
        Object.keys(CATEGORIES).concat(['Other']).forEach(function (name) {
            var n = cy.nodes('.cat-' + name).length;
            if (!n && name === 'Other') {
                return;
            }
            var li = el('li');
            var swatch = el('span', null, 'swatch ' + look(name).shape);
            swatch.style.background = look(name).color;
            li.appendChild(swatch);
            li.appendChild(el('span', name));
            li.appendChild(el('span', n || '', 'count'));
            ul.appendChild(li);
        });
        Object.keys(TYPE_BORDERS).forEach(function (type) {
            var li = el('li');
            var swatch = el('span', null, 'swatch ring');
            swatch.style.borderColor = TYPE_BORDERS[type].color;
            li.appendChild(swatch);
            li.appendChild(el('span', TYPE_BORDERS[type].text));
            ul.appendChild(li);
        });
        var statuses = document.getElementById('legend-status');
        Object.keys(STATUSES).forEach(function (status) {
            var li = el('li');
            li.appendChild(el('span', null, 'line ' + STATUSES[status]));
            li.appendChild(el('span', status));
            statuses.appendChild(li);
        });
    }

    function counts(collection, key) {
        var out = new Map();
        collection.forEach(function (e) {
            var value = e.data(key);
            if (value) {
                out.set(value, (out.get(value) || 0) + 1);
            }
        });
        return new Map(Array.from(out.entries()).sort(function (a, b) { return b[1] - a[1]; }));
    }

    function checkboxes(containerId, name, values, onChange) {
        var container = document.getElementById(containerId);
        var shown = new Set(values.keys());
        values.forEach(function (count, value) {
            var label = el('label');
            var box = el('input');
            box.type = 'checkbox';
            box.checked = true;
            box.name = name;
            box.value = value;
            box.addEventListener('change', function () {
                if (box.checked) {
                    shown.add(value);
                } else {
                    shown.delete(value);
                }
                onChange();
            });
            label.appendChild(box);
            label.appendChild(el('span', value));
            label.appendChild(el('span', count, 'count'));
            container.appendChild(label);
        });
        return shown;
    }

    /** Filtering takes elements out of the graph and puts them back, so everything else sees only what is shown. */
    function filters(cy) {
        var all = cy.elements();
        var types;
        var statuses;
        function apply() {
            var nodes = all.nodes().filter(function (n) { return !n.data('type') || types.has(n.data('type')); });
            var edges = all.edges().filter(function (e) {
                return (!STATUSES[e.data('status')] || statuses.has(e.data('status')))
                    && nodes.has(e.source()) && nodes.has(e.target());
            });
            var shown = nodes.union(edges);
            cy.batch(function () {
                cy.elements().not(shown).remove();
                shown.filter(function (e) { return e.removed(); }).restore();
            });
            status(cy);
        }
        types = checkboxes('filter-types', 'type', counts(all.nodes(), 'type'), apply);
        var byStatus = counts(all.edges().filter(function (e) { return !!STATUSES[e.data('status')]; }), 'status');
        statuses = checkboxes('filter-status', 'status', byStatus, apply);
    }

    function status(cy) {
        document.getElementById('graph-status').textContent = cy.nodes(':visible').length + ' nodes, '
            + cy.edges(':visible').length + ' edges';
    }

    function normalize(text) {
        return String(text || '').toLocaleLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    }

    function search(cy, query) {
        var q = normalize(query).trim();
        var found = cy.collection();
        cy.batch(function () {
            cy.elements().removeClass('match faded');
            if (!q) {
                return;
            }
            found = cy.nodes(':visible').filter(function (n) {
                return [n.data('label')].concat(n.data('aliases') || []).some(function (name) {
                    return normalize(name).indexOf(q) >= 0;
                });
            });
            if (found.length) {
                cy.elements().not(found).not(found.connectedEdges()).addClass('faded');
                found.addClass('match');
            }
        });
        var out = document.getElementById('search-status');
        out.textContent = q ? (found.length === 1 ? '1 match' : found.length + ' matches') : '';
        if (found.length) {
            cy.fit(found, 120);
            if (cy.zoom() > 1.5) {
                cy.zoom({ level: 1.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
                cy.center(found);
            }
        }
        return found;
    }

    // ---- start ----

    var options = readJson('newskg-options');
    var select;

    /** Shows the page with a status line first; then draws the graph once it is laid out. */
    function start() {
        var elements = prepare(readJson('newskg-graph'));
        var title = options.title || 'newskg graph';
        document.title = title;
        document.getElementById('heading').textContent = title;
        document.getElementById('graph-status').textContent = 'Laying out ' + elements.nodes.length + ' nodes…';
        requestAnimationFrame(function () {
            setTimeout(function () { draw(elements); }, 0);
        });
    }

    function draw(elements) {
        var large = elements.nodes.length > LARGE;
        var cy = cytoscape({
            container: document.getElementById('cy'), elements: elements, style: style(large),
            layout: { name: 'preset' }, minZoom: 0.02, maxZoom: 4, textureOnViewport: large,
            hideEdgesOnViewport: large, pixelRatio: large ? 1 : 'auto'
        });
        window.cy = cy;
        viewer.createdMs = Math.round(performance.now());
        viewer.nodes = cy.nodes().length;
        viewer.edges = cy.edges().length;
        select = function (element) {
            cy.elements(':selected').unselect();
            element.select();
            if (element.isNode()) {
                showNode(element, options);
            } else {
                showEdge(element, options);
            }
        };
        cy.on('tap', 'node, edge', function (event) { select(event.target); });
        cy.on('tap', function (event) {
            if (event.target === cy) {
                clearPanel('Click a node or an edge to see its facts.');
            }
        });
        legend(cy);
        filters(cy);
        searchBox(cy);
        // In the same task as creating the graph, so the first frame shows it laid out.
        runLayout(cy, elements.nodes.length);
    }

    function searchBox(cy) {
        var input = document.getElementById('search');
        var timer = null;
        input.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(function () { search(cy, input.value); }, 200);
        });
        input.addEventListener('keydown', function (event) {
            if (event.key === 'Enter') {
                clearTimeout(timer);
                var found = search(cy, input.value);
                if (found.length === 1) {
                    select(found[0]);
                }
            }
        });
    }

    /** A page address ending in #node=IRI opens with that node selected. */
    function selectFromAddress(cy) {
        var hash = window.location.hash;
        if (hash.indexOf('#node=') === 0) {
            var node = cy.getElementById(decodeURIComponent(hash.substring(6)));
            if (node.length && node.isNode()) {
                select(node);
            }
        }
    }

    function runLayout(cy, count) {
        var layout = cy.layout(layoutOptions(count));
        var began = performance.now();
        layout.one('layoutstop', function () {
            viewer.layoutMs = Math.round(performance.now() - began);
            if (cy.zoom() > MAX_FIT_ZOOM) {
                cy.zoom(MAX_FIT_ZOOM);
                cy.center();
            }
            viewer.readyMs = Math.round(performance.now());
            selectFromAddress(cy);
            viewer.ready = true;
            status(cy);
            document.body.setAttribute('data-ready', 'true');
        });
        layout.run();
    }

    start();
}());
