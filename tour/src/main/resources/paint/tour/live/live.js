// The live page: a form that starts a run on the server, and a panel per style that draws the run's
// events as they come (Server-Sent Events from /api/runs/N/events). Plain JavaScript, no library.
'use strict';

(() => {
  const THREAD_COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf'];
  // The colours of the canvases' states and of the marks that stand out, by name; their words and marks come
  // from the server (/api/options), which has them from the Java that makes the events.
  const STATE_COLOURS = { NOT_STARTED: '#e4e4e4', PAINTING: '#555555', WET: '#9ecae1', DRY: '#74c476',
    FAILED: '#d62728', TIMED_OUT: '#ff7f0e' };
  const INKS = { FAILED: '#c00000', TIMED_OUT: '#d46b00' };
  const STATE = {}; // a state's name -> its place in a batch's counts
  const MARK = {}; // a kind of mark's name -> its mark, as events carry it
  const KIND = {}; // a mark -> its kind: {kind, mark, word, outcome}
  const RIGHT = 24; // room for the last tick's label
  const AXIS = 22;
  const STEPS = [10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 60000, 120000, 300000, 600000, 1800000];

  const $ = (selector) => document.querySelector(selector);
  const live = {
    run: null, // {run, events, stop}
    source: null,
    start: null, // the run's start event: its styles, command, paintings, lanes
    states: [], // the canvases' states, in the order of a batch's counts: {state, word}
    outcomes: [], // the kinds of mark that end a canvas, in the order of the table's columns
    token: null, // shown by every request that starts or stops a run
    tokenHeader: null,
    panels: new Map(),
    axisMs: 1000,
    running: false,
    /** The lanes of a style, as plain data: {canvas: [{at (ms), kind, thread (name)}]}. */
    lanesOf(style) {
      const panel = live.panels.get(style);
      const lanes = {};
      if (panel) {
        panel.marks.forEach((marks, canvas) => {
          lanes[canvas] = marks.map((m) => ({ at: m.at, kind: m.kind, thread: panel.workers[m.w].name }));
        });
      }
      return lanes;
    },
    /** The colour of the marks that {@code thread} made in a style's panel. */
    colourOf(style, thread) {
      const panel = live.panels.get(style);
      const i = panel ? panel.workers.findIndex((w) => w && w.name === thread) : -1;
      return i < 0 ? null : colour(i);
    },
  };
  window.live = live; // for the browser tests, and for the curious in the console

  // The form.

  async function loadOptions() {
    const response = await fetch('/api/options');
    const options = await response.json();
    live.token = options.token;
    live.tokenHeader = options.tokenHeader;
    learn(options);
    const boxes = $('#style-boxes');
    for (const style of options.styles) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = 'style';
      box.value = style.name;
      box.checked = style.checked && !style.unavailable;
      box.disabled = Boolean(style.unavailable);
      label.title = style.unavailable ? style.name + ': ' + style.unavailable : style.module + ': ' + style.idea;
      if (style.unavailable) {
        label.className = 'unavailable';
      }
      label.append(box, ' ' + style.name);
      boxes.append(label);
    }
    for (const [name, value] of Object.entries(options.values)) {
      const input = $('input[name="' + name + '"]');
      input.value = value;
      input.placeholder = options.placeholders[name] || input.placeholder;
      input.parentElement.title = options.help[name];
    }
    $('#lanes-limit').textContent = options.lanes;
    if (options.run) {
      attach(options.run);
    } else {
      status('Choose styles and options, then Run.');
    }
  }

  /** The words of the run's events: the kinds of mark and the canvases' states, as the server names them. */
  function learn(options) {
    live.states = options.states;
    options.states.forEach((s, i) => {
      STATE[s.state] = i;
    });
    for (const kind of options.marks) {
      MARK[kind.kind] = kind.mark;
      KIND[kind.mark] = kind;
    }
    live.outcomes = options.marks.filter((kind) => kind.outcome);
    const key = $('#marks');
    options.marks.forEach((kind, i) => {
      const mark = document.createElement('b');
      mark.textContent = kind.mark;
      key.append(i === 0 ? '' : ', ', mark, ' ' + kind.word);
    });
    const header = $('#table thead tr');
    for (const outcome of live.outcomes) {
      const th = document.createElement('th');
      th.textContent = outcome.word;
      header.append(th);
    }
  }

  /** A POST that starts or stops a run: it shows the server's token. */
  function post(url, body) {
    return fetch(url, { method: 'POST', body, headers: { [live.tokenHeader]: live.token } });
  }

  async function submit(event) {
    event.preventDefault();
    const body = new URLSearchParams();
    document.querySelectorAll('#style-boxes input:checked').forEach((box) => body.append('style', box.value));
    if (!body.has('style')) {
      status('Choose at least one style.', true);
      return;
    }
    for (const input of document.querySelectorAll('.fields input')) {
      const value = input.value.trim();
      if (input.name === 'fail' || input.name === 'stuck') {
        value.split(/[\s,]+/).filter((k) => k !== '').forEach((k) => body.append(input.name, k));
      } else if (value !== '') {
        body.append(input.name, value);
      }
    }
    let response;
    try {
      response = await post('/api/runs', body);
    } catch (e) {
      status('The server does not answer: is it still running?', true);
      return;
    }
    if (response.status !== 202) {
      status((await response.text()).trim(), true);
      return;
    }
    attach(await response.json());
  }

  async function stop() {
    if (!live.run) {
      return;
    }
    $('#stop').disabled = true;
    status('Stopping…');
    const response = await post(live.run.stop);
    if (response.status >= 400) {
      status((await response.text()).trim(), true);
    }
  }

  function status(text, error = false) {
    const line = $('#status');
    line.textContent = text;
    line.classList.toggle('error', error);
  }

  // A run: its events.

  function attach(run) {
    if (live.source) {
      live.source.close();
    }
    live.run = run;
    live.running = true;
    live.panels.clear();
    live.axisMs = 1000;
    $('#panels').replaceChildren();
    $('#table tbody').replaceChildren();
    $('#comparison').hidden = true;
    $('#run').disabled = true;
    $('#stop').disabled = false;
    status('Run ' + run.run + ': starting a JVM per style…');
    const source = new EventSource(run.events);
    live.source = source;
    const on = (type, handle) => source.addEventListener(type, (event) => handle(JSON.parse(event.data)));
    on('start', onStart);
    on('style', (e) => {
      const p = panel(e.style);
      p.pid = e.pid; // the style's JVM
      setState(p, 'running');
    });
    on('batch', onBatch);
    on('output', (e) => {
      const pre = panel(e.style).output;
      pre.textContent += e.line + '\n';
    });
    on('row', onRow);
    on('problem', onProblem);
    on('end', (e) => {
      source.close();
      live.running = false;
      $('#run').disabled = false;
      $('#stop').disabled = true;
      status('Run ' + run.run + (e.stopped ? ' stopped: ' + e.why : ' ended') + ', after ' + e.seconds.toFixed(1) + ' s.');
      draw();
    });
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED && live.running) {
        live.running = false;
        $('#run').disabled = false;
        $('#stop').disabled = true;
        status('Lost the server: is it still running?', true);
      }
    };
  }

  function onStart(start) {
    live.start = start;
    live.axisMs = niceEnd(start.spanMs);
    const command = $('#command');
    command.hidden = false;
    command.replaceChildren('The same run in a terminal, one style after another: ', code(start.command));
    for (const style of start.styles) {
      panel(style.name, style);
    }
    status('Run ' + start.run + ' is going.');
  }

  /** A command as code that wraps between words only (not at the hyphens of its options). */
  function code(text) {
    const element = document.createElement('code');
    text.split(' ').forEach((word, i) => {
      const span = document.createElement('span');
      span.textContent = word;
      element.append(i === 0 ? '' : ' ', span);
    });
    return element;
  }

  /** The panel of a style, made on first use. */
  function panel(name, style) {
    let p = live.panels.get(name);
    if (p) {
      return p;
    }
    const article = document.createElement('article');
    article.className = 'panel';
    article.dataset.style = name;
    article.innerHTML = '<header><h2></h2><span class="module"></span><span class="idea"></span>'
      + '<span class="state">starting its JVM…</span></header><div class="counts"></div><canvas></canvas>'
      + '<ul class="threads"></ul><details class="output"><summary>what the style printed</summary><pre></pre></details>';
    article.querySelector('h2').textContent = name;
    article.querySelector('.module').textContent = style ? style.module : '';
    article.querySelector('.idea').textContent = style ? style.idea : '';
    $('#panels').append(article);
    p = {
      name,
      element: article,
      canvas: article.querySelector('canvas'),
      output: article.querySelector('pre'),
      lanes: live.start ? live.start.lanes : true,
      paintings: live.start ? live.start.paintings : 0,
      counts: live.states.map((s, i) => (i === STATE.NOT_STARTED && live.start ? live.start.paintings : 0)),
      workers: [],
      marks: new Map(),
      series: [],
      checks: [],
      t: 0,
      receivedAt: 0,
      state: 'starting',
      done: false,
    };
    live.panels.set(name, p);
    drawCounts(p);
    return p;
  }

  function setState(p, text, problem = false) {
    p.state = text;
    const element = p.element.querySelector('.state');
    element.textContent = text;
    element.classList.toggle('problem', problem);
  }

  function onBatch(b) {
    const p = panel(b.style);
    if (p.state === 'running' || p.state === 'starting') {
      setState(p, 'painting…');
    }
    p.lanes = b.lanes;
    p.counts = b.counts;
    for (const [i, name, jvm] of b.threads || []) { // jvm: the JVM of a cluster's painter, whose events came back here
      p.workers[i] = { name, jvm, checks: 0, did: 0, canvas: 0, since: b.t };
    }
    const per = {};
    for (const [i, checks, paints, did, canvas] of b.work || []) {
      const w = p.workers[i];
      w.checks += checks;
      w.did = did;
      w.canvas = canvas;
      w.since = b.t; // it did something since the line before
      per[i] = checks;
    }
    if (!p.lanes && p.ended === undefined) {
      p.checks.push({ t: b.t, dt: b.t - p.t, per });
      p.series.push({ t: b.t, counts: b.counts });
    }
    for (const [canvas, micros, kind, w] of b.marks || []) {
      let marks = p.marks.get(canvas);
      if (!marks) {
        marks = [];
        p.marks.set(canvas, marks);
      }
      marks.push({ at: micros / 1000, kind, w });
    }
    p.t = b.t;
    p.receivedAt = performance.now();
    if (p.ended === undefined && [STATE.NOT_STARTED, STATE.PAINTING, STATE.WET].every((s) => b.counts[s] === 0)) {
      p.ended = b.t; // every canvas has its outcome: the run's time ends here, not when its JVMs have stopped
    }
    if (b.end) {
      p.done = true;
    }
    p.dirty = true;
    schedule();
  }

  function onRow(row) {
    const p = panel(row.style);
    p.done = true;
    const interrupted = row.status === 130;
    const seconds = (row.nanos / 1e9).toFixed(2);
    setState(p, row.paintings.toLocaleString('en') + ' paintings in ' + seconds + ' s' + (interrupted ? ' (stopped)' : ''));
    const tr = document.createElement('tr');
    const threads = row.jvms > 1 ? row.threads + ' on ' + row.jvms + ' JVMs' : row.threads; // as the tour's table says it
    const cells = [row.style, row.paintings, seconds + ' s', threads, (row.peakHeap / 1048576).toFixed(1) + ' MB',
      ...live.outcomes.map((outcome) => row.outcomes[outcome.kind])]
      .map((cell) => (typeof cell === 'number' ? cell.toLocaleString('en') : cell));
    for (const cell of cells) {
      const td = document.createElement('td');
      td.textContent = cell;
      tr.append(td);
    }
    tr.dataset.style = row.style;
    $('#table tbody').append(tr);
    $('#comparison').hidden = false;
    drawThreads(p);
    schedule();
  }

  function onProblem(problem) {
    const p = panel(problem.style);
    p.done = true;
    setState(p, 'did not run: ' + problem.problem, true);
    const tr = document.createElement('tr');
    tr.dataset.style = problem.style;
    const name = document.createElement('td');
    name.textContent = problem.style;
    const why = document.createElement('td');
    why.colSpan = 4 + live.outcomes.length;
    why.className = 'problem';
    why.textContent = 'did not run: ' + problem.problem;
    tr.append(name, why);
    $('#table tbody').append(tr);
    $('#comparison').hidden = false;
  }

  // Drawing.

  function drawCounts(p) {
    const parts = live.states.map((s, i) => {
      const chip = document.createElement('i');
      chip.style.background = STATE_COLOURS[s.state];
      return item([chip, s.word + ' '], p.counts[i]);
    });
    const waiting = item(['checks waiting for their timer: '], p.counts[STATE.WET]);
    waiting.title = 'Each wet canvas waits for its next check: a timer on an event loop, a sleep on a blocking thread';
    parts.push(waiting);
    p.element.querySelector('.counts').replaceChildren(...parts);
  }

  function item(label, count) {
    const span = document.createElement('span');
    const number = document.createElement('b');
    number.textContent = count.toLocaleString('en');
    span.append(...label, number);
    return span;
  }

  function drawThreads(p) {
    const list = p.element.querySelector('.threads');
    list.replaceChildren();
    const jvms = jvmsOf(p);
    if (jvms.size > 0) { // a cluster: which JVMs painted, and how many threads in each
      const item = document.createElement('li');
      item.className = 'jvms';
      item.textContent = 'painted in ' + jvms.size + (jvms.size === 1 ? ' JVM: ' : ' JVMs: ') + [...jvms]
        .map(([jvm, threads]) => jvm + ' (' + threads + (threads === 1 ? ' thread)' : ' threads)')).join(', ');
      list.append(item);
    }
    const now = nowOf(p);
    p.workers.forEach((w, i) => {
      const item = document.createElement('li');
      const chip = document.createElement('i');
      chip.style.background = colour(i);
      const name = document.createElement('b');
      name.textContent = w.name;
      const doing = document.createElement('span');
      doing.className = 'now';
      doing.textContent = doingOf(p, w, now) + ' · ' + w.checks.toLocaleString('en') + (w.checks === 1 ? ' check' : ' checks');
      item.append(chip, name, doing);
      list.append(item);
    });
  }

  /** The JVMs of a panel's painters (a cluster's), each with how many of its threads painted or checked. */
  function jvmsOf(p) {
    const jvms = new Map();
    for (const w of p.workers) {
      if (w && w.jvm) {
        jvms.set(w.jvm, (jvms.get(w.jvm) || 0) + 1);
      }
    }
    return new Map([...jvms].sort());
  }

  function doingOf(p, w, now) {
    const last = KIND[w.did] ? 'canvas ' + w.canvas.toLocaleString('en') + ' ' + KIND[w.did].word : 'nothing yet';
    if (p.done) {
      return 'done; last: ' + last;
    }
    if (w.did === MARK.PAINT_START) {
      return 'now: ' + last;
    }
    const idle = (now - w.since) / 1000;
    return idle < 0.1 ? 'now: ' + last : 'idle for ' + idle.toFixed(1) + ' s; last: ' + last;
  }

  function colour(i) {
    return THREAD_COLOURS[i % THREAD_COLOURS.length];
  }

  /** The time in a style's run now (ms), from its last line and the page's clock. */
  function nowOf(p) {
    if (p.ended !== undefined) {
      return p.ended;
    }
    if (p.done || p.receivedAt === 0) {
      return p.t;
    }
    return p.t + Math.min(1500, performance.now() - p.receivedAt);
  }

  function niceEnd(ms) {
    const step = STEPS.find((s) => ms / s <= 10) || STEPS[STEPS.length - 1];
    return Math.max(step, Math.ceil(ms / step) * step);
  }

  // The page draws ten times a second at most, five with a large run, however fast the lines come: each
  // style sends twenty a second, and the browser shares the machine with the runs it shows.
  let scheduled = false;
  let drawn = 0;
  function schedule() {
    if (!scheduled) {
      scheduled = true;
      const frame = [...live.panels.values()].some((p) => !p.lanes) ? 200 : 100;
      setTimeout(() => requestAnimationFrame(() => {
        scheduled = false;
        drawn = performance.now();
        draw();
      }), Math.max(0, drawn + frame - performance.now()));
    }
  }

  function draw() {
    live.panels.forEach((p) => {
      if (p.dirty || !p.done) {
        p.dirty = false;
        drawCounts(p);
        drawThreads(p);
      }
    });
    let latest = 0;
    live.panels.forEach((p) => {
      latest = Math.max(latest, nowOf(p));
    });
    if (latest > live.axisMs) {
      live.axisMs = niceEnd(latest * 1.1);
    }
    live.panels.forEach((p) => (p.lanes ? drawLanes(p) : drawAggregates(p)));
  }

  /** Sizes a panel's canvas for its width and the screen's pixels; returns its 2D context. */
  function surface(p, height) {
    const width = p.canvas.clientWidth || 800;
    const scale = window.devicePixelRatio || 1;
    if (p.canvas.width !== Math.round(width * scale) || p.canvas.height !== Math.round(height * scale)) {
      p.canvas.width = Math.round(width * scale);
      p.canvas.height = Math.round(height * scale);
      p.canvas.style.height = height + 'px';
    }
    const g = p.canvas.getContext('2d');
    g.setTransform(scale, 0, 0, scale, 0, 0);
    g.clearRect(0, 0, width, height);
    g.textBaseline = 'middle';
    return { g, width, x: (ms) => left() + (ms / live.axisMs) * (width - left() - RIGHT) };
  }

  /** The width of the labels left of the time axis: the same in every panel, so that their times line up. */
  function left() {
    return Math.round(fontSize() * 6.6);
  }

  function fontSize() {
    return document.body.classList.contains('projector') ? 17 : 13;
  }

  function drawLanes(p) {
    const n = p.paintings || p.marks.size;
    const big = fontSize() > 12;
    const laneHeight = n <= 20 ? (big ? 28 : 22) : Math.max(3, Math.floor(360 / n));
    const height = 4 + n * laneHeight + AXIS;
    const { g, width, x } = surface(p, height);
    const now = nowOf(p);
    const letters = laneHeight >= 12;
    g.font = (letters ? 'bold ' : '') + fontSize() + 'px ui-monospace, Menlo, Consolas, monospace';
    for (let canvas = 1; canvas <= n; canvas++) {
      const y = 4 + (canvas - 1) * laneHeight;
      const middle = y + laneHeight / 2;
      if (letters || canvas === 1 || canvas === n || canvas % 50 === 0) {
        g.fillStyle = '#444';
        g.textAlign = 'right';
        g.font = fontSize() + 'px system-ui, sans-serif';
        g.fillText('canvas ' + canvas, left() - 8, middle);
        g.font = (letters ? 'bold ' : '') + fontSize() + 'px ui-monospace, Menlo, Consolas, monospace';
      }
      const marks = p.marks.get(canvas) || [];
      const start = marks.find((m) => m.kind === MARK.PAINT_START);
      const painted = marks.find((m) => m.kind === MARK.PAINT_END);
      const outcome = marks.find((m) => KIND[m.kind].outcome);
      const last = marks.length ? marks[marks.length - 1].at : 0;
      const until = outcome ? outcome.at : p.done ? last : now;
      if (painted) { // drying: a line from the paint to the outcome, or to now
        g.strokeStyle = colour(painted.w);
        g.globalAlpha = letters ? 0.55 : 0.35;
        g.lineWidth = letters ? 3 : laneHeight - 1;
        g.beginPath();
        g.moveTo(x(painted.at), middle);
        g.lineTo(Math.max(x(painted.at), x(until)), middle);
        g.stroke();
        g.globalAlpha = 1;
      }
      if (start) { // painting: a bar from the paint's start to its end (or to now)
        const end = painted ? painted.at : outcome ? outcome.at : now;
        g.fillStyle = colour(start.w);
        const h = letters ? laneHeight * 0.3 : laneHeight - 1;
        g.fillRect(x(start.at), middle - h / 2, Math.max(2, x(end) - x(start.at)), h);
      }
      // The marks, as the chart's letters when a lane is tall enough: the checks first, so that the paint
      // and the outcome stay on top where they meet (the first check comes right after the paint).
      const order = (m) => (m.kind === MARK.WET ? 0 : m.kind === MARK.PAINT_START ? 1 : 2);
      const width = g.measureText(MARK.PAINT_START).width + 4;
      for (const m of marks.filter((mark) => mark.kind !== MARK.PAINT_END).sort((a, b) => order(a) - order(b))) {
        const ink = INKS[KIND[m.kind].kind] || colour(m.w);
        if (letters && m.kind === MARK.WET && start && Math.abs(x(m.at) - x(start.at)) < width) {
          continue; // under the P, as on the text chart
        }
        if (letters) {
          g.textAlign = 'center';
          const w = g.measureText(m.kind).width + 4;
          g.fillStyle = '#fff';
          g.fillRect(x(m.at) - w / 2, middle - laneHeight / 2 + 2, w, laneHeight - 4);
          g.fillStyle = ink;
          g.fillText(m.kind, x(m.at), middle + 1);
        } else if (m.kind !== MARK.PAINT_START) {
          g.fillStyle = ink;
          const w = m.kind === MARK.WET ? 1 : 3;
          g.fillRect(x(m.at) - w / 2, y, w, laneHeight);
        }
      }
    }
    drawAxis(g, x, width, height - AXIS, 4, now, p);
  }

  function drawAggregates(p) {
    const area = 130;
    const rates = 70;
    const gap = 14;
    const height = 6 + area + gap + rates + AXIS;
    const { g, width, x } = surface(p, height);
    const top = 6;
    const total = Math.max(1, p.counts.reduce((a, b) => a + b, 0));
    g.font = fontSize() + 'px system-ui, sans-serif';
    // How many canvases are in each state, over time: bands stacked from dry (bottom) to not started (top).
    const order = ['DRY', 'FAILED', 'TIMED_OUT', 'WET', 'PAINTING', 'NOT_STARTED'].map((name) => STATE[name]);
    const none = live.states.map((s, i) => (i === STATE.NOT_STARTED ? total : 0));
    const points = [{ t: 0, counts: none }].concat(p.series);
    let below = points.map(() => 0);
    for (const s of order) {
      const above = points.map((point, i) => below[i] + point.counts[s]);
      g.fillStyle = STATE_COLOURS[live.states[s].state];
      g.beginPath();
      points.forEach((point, i) => {
        const y = top + area - (above[i] / total) * area;
        if (i === 0) {
          g.moveTo(x(point.t), y);
        } else {
          g.lineTo(x(point.t), y);
        }
      });
      for (let i = points.length - 1; i >= 0; i--) {
        g.lineTo(x(points[i].t), top + area - (below[i] / total) * area);
      }
      g.closePath();
      g.fill();
      below = above;
    }
    g.fillStyle = '#444';
    g.textAlign = 'right';
    g.fillText(total.toLocaleString('en'), left() - 8, top + 6);
    g.fillText('canvases', left() - 8, top + area / 2);
    g.fillText('0', left() - 8, top + area - 4);
    // Checks per second, per thread.
    const base = top + area + gap + rates;
    let max = 1;
    for (const c of p.checks) {
      for (const count of Object.values(c.per)) {
        max = Math.max(max, (count * 1000) / Math.max(1, c.dt));
      }
    }
    line(g, '#ccc', base, width);
    p.workers.forEach((w, i) => {
      g.strokeStyle = colour(i);
      g.lineWidth = 2;
      g.beginPath(); // a step per line of the recorder: the checks of that interval, per second
      g.moveTo(x(0), base);
      let previous = 0;
      for (const c of p.checks) {
        const rate = ((c.per[i] || 0) * 1000) / Math.max(1, c.dt);
        const y = base - (rate / max) * rates;
        g.lineTo(x(previous), y);
        g.lineTo(x(c.t), y);
        previous = c.t;
      }
      g.stroke();
    });
    g.fillStyle = '#444';
    g.fillText(Math.round(max).toLocaleString('en'), left() - 8, base - rates + 6);
    g.fillText('checks/s', left() - 8, base - rates / 2);
    g.fillText('0', left() - 8, base - 4);
    drawAxis(g, x, width, height - AXIS, top, nowOf(p), p);
  }

  /** A horizontal line across the time axis's width, at y. */
  function line(g, colour, y, width) {
    g.strokeStyle = colour;
    g.lineWidth = 1;
    g.beginPath();
    g.moveTo(left(), y + 0.5);
    g.lineTo(width - RIGHT, y + 0.5);
    g.stroke();
  }

  function drawAxis(g, x, width, y, top, now, p) {
    line(g, '#888', y, width);
    const step = STEPS.find((s) => live.axisMs / s <= 10) || STEPS[STEPS.length - 1];
    g.fillStyle = '#444';
    g.textAlign = 'center';
    g.font = fontSize() + 'px system-ui, sans-serif';
    for (let t = 0; t <= live.axisMs + 1e-6; t += step) {
      g.beginPath();
      g.moveTo(x(t) + 0.5, y);
      g.lineTo(x(t) + 0.5, y + 4);
      g.stroke();
      g.fillText(t >= 1000 || t === 0 ? +(t / 1000).toFixed(2) + 's' : t + 'ms', x(t), y + 13);
    }
    if (!p.done && p.receivedAt > 0) { // where the run is now
      g.strokeStyle = '#999';
      g.setLineDash([3, 3]);
      g.beginPath();
      g.moveTo(x(now) + 0.5, top);
      g.lineTo(x(now) + 0.5, y);
      g.stroke();
      g.setLineDash([]);
    }
  }

  // Keeps the clock moving between lines: drying lines grow, idle times count.
  setInterval(() => {
    if (live.running) {
      schedule();
    }
  }, 250);

  window.addEventListener('resize', schedule);
  $('#options').addEventListener('submit', submit);
  $('#stop').addEventListener('click', stop);
  $('#projector').addEventListener('click', () => {
    const on = document.body.classList.toggle('projector');
    $('#projector').setAttribute('aria-pressed', String(on));
    schedule();
  });
  loadOptions().catch((e) => status('Could not load the options: ' + e, true));
})();
