/*
 * FloorPlan guided session player. Plays the steps the server built from her prescription (GuidedSessionView) in the
 * browser: every timer runs here, the server hears only when an exercise ends, when she stops for a symptom, every few
 * minutes while a timer runs (so a long session keeps her login), and at the end.
 * All text from the plan goes into the page with textContent, never as markup.
 */
(function () {
  'use strict';

  const KEEP_ALIVE_MS = 5 * 60 * 1000;
  const TICK_MS = 200;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function button(text, className, onClick, id) {
    const node = el('button', 'fp-session-button ' + (className || ''), text);
    node.type = 'button';
    if (id) {
      node.id = id;
    }
    node.addEventListener('click', onClick);
    return node;
  }

  function plural(count, one, many) {
    return count + ' ' + (count === 1 ? one : many);
  }

  function range(low, high) {
    return low === high ? String(low) : low + '-' + high;
  }

  function clock(seconds) {
    const whole = Math.max(0, Math.ceil(seconds));
    const minutes = Math.floor(whole / 60);
    const rest = whole % 60;
    return minutes > 0 ? minutes + ':' + String(rest).padStart(2, '0') : String(rest);
  }

  /** Sound and vibration at the end of a hold: off unless she turned them on on this phone. */
  const signals = {
    sound: localStorage.getItem('floorplan.session.sound') === 'on',
    vibrate: localStorage.getItem('floorplan.session.vibrate') === 'on',
    audio: null,
    set(kind, on) {
      this[kind] = on;
      localStorage.setItem('floorplan.session.' + kind, on ? 'on' : 'off');
    },
    unlock() {
      // browsers allow audio only after a tap: create the context on her first tap
      if (this.sound && !this.audio && window.AudioContext) {
        this.audio = new AudioContext();
      }
    },
    holdEnded() {
      if (this.vibrate && navigator.vibrate) {
        navigator.vibrate(200);
      }
      if (this.sound) {
        this.unlock();
        if (this.audio) {
          const tone = this.audio.createOscillator();
          const gain = this.audio.createGain();
          gain.gain.value = 0.2;
          tone.frequency.value = 880;
          tone.connect(gain).connect(this.audio.destination);
          tone.start();
          tone.stop(this.audio.currentTime + 0.25);
        }
      }
    }
  };

  /** Keeps the screen on while she practises, where the browser offers the Screen Wake Lock API. */
  const wake = {
    lock: null,
    wanted: false,
    supported: 'wakeLock' in navigator,
    async hold() {
      this.wanted = true;
      if (!this.supported || this.lock) {
        return;
      }
      try {
        this.lock = await navigator.wakeLock.request('screen');
        this.lock.addEventListener('release', () => {
          this.lock = null;
        });
      } catch (refused) {
        this.lock = null;
      }
    },
    release() {
      this.wanted = false;
      if (this.lock) {
        this.lock.release();
        this.lock = null;
      }
    }
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && wake.wanted) {
      wake.hold();
    }
  });

  function Player(host, root, plan) {
    this.host = host;
    this.root = root;
    this.plan = plan;
    this.index = 0;
    this.results = [];
    this.timer = null;
    this.lastKeepAlive = performance.now();
    this.ended = false;
  }

  Player.prototype.start = function () {
    this.root.replaceChildren();
    this.root.classList.add('fp-session');
    this.header = el('div', 'fp-session-header');
    this.help = el('div', 'fp-session-help');
    this.stage = el('div', 'fp-session-stage');
    this.stage.id = 'session-stage';
    this.where = el('p', 'fp-session-where');
    this.where.id = 'session-where';
    this.instruction = el('p', 'fp-session-instruction');
    this.instruction.id = 'session-instruction';
    this.big = el('p', 'fp-session-big');
    this.big.id = 'session-big';
    this.pacer = el('div', 'fp-session-pacer');
    this.pacer.setAttribute('aria-hidden', 'true');
    this.note = el('p', 'fp-session-note');
    this.note.id = 'session-note';
    this.live = el('p', 'fp-session-live');
    this.live.id = 'session-live';
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    this.actions = el('div', 'fp-session-actions');
    this.controls = el('div', 'fp-session-controls');
    this.stage.append(this.where, this.instruction, this.pacer, this.big, this.note, this.actions);
    this.root.append(this.header, this.stage, this.live, this.controls, this.help, this.settings());
    this.intro();
  };

  Player.prototype.settings = function () {
    const box = el('details', 'fp-session-settings');
    box.append(el('summary', null, 'Sound and vibration'));
    const option = (kind, label) => {
      const wrap = el('label', 'fp-session-option');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.id = 'session-' + kind;
      input.checked = signals[kind];
      input.addEventListener('change', () => {
        signals.set(kind, input.checked);
        signals.unlock();
      });
      wrap.append(input, document.createTextNode(' ' + label));
      return wrap;
    };
    box.append(
      option('sound', 'Play a short tone when a hold ends'),
      option('vibrate', 'Vibrate when a hold ends'),
      el('p', 'fp-muted', 'Both are off unless you turn them on. The tone follows your phone\'s volume.'),
      el('p', 'fp-muted', wake.supported
        ? 'The screen stays on while you practise.'
        : 'This browser may dim the screen: tap it now and then.'));
    return box;
  };

  Player.prototype.exercise = function () {
    return this.plan.exercises[this.index];
  };

  Player.prototype.say = function (text) {
    this.live.textContent = text;
  };

  /** The exercise's name, how much, and everything to read about it one tap away. */
  Player.prototype.showExercise = function () {
    const exercise = this.exercise();
    const title = el('h2', 'fp-session-title', exercise.name);
    title.id = 'session-exercise';
    this.header.replaceChildren(
      el('p', 'fp-muted', 'Exercise ' + (this.index + 1) + ' of ' + this.plan.exercises.length),
      title,
      el('p', 'fp-session-dosage', exercise.dosage));
    const how = el('details', 'fp-session-details');
    how.id = 'session-how';
    how.append(el('summary', null, 'How to do it'));
    if (exercise.setUp) {
      how.append(el('p', null, 'Starting position: ' + exercise.setUp));
    }
    const steps = el('ol');
    exercise.howTo.forEach((step) => steps.append(el('li', null, step)));
    how.append(steps);
    if (exercise.cues.length) {
      const cues = el('ul');
      exercise.cues.forEach((cue) => cues.append(el('li', null, cue)));
      how.append(el('p', 'fp-session-subhead', 'Keep in mind'), cues);
    }
    if (exercise.ptNote) {
      how.append(el('p', 'fp-pt-note', 'From your physiotherapist: ' + exercise.ptNote));
    }
    const watch = el('details', 'fp-session-details');
    watch.id = 'session-watch';
    watch.append(el('summary', null, 'Stop or make it easier if you notice'));
    const signs = el('ul');
    exercise.watchFors.forEach((sign) => signs.append(el('li', null, sign.label + ': ' + sign.what + ' ' + sign.todo)));
    if (exercise.watchNote) {
      signs.append(el('li', null, exercise.watchNote));
    }
    watch.append(signs);
    this.help.replaceChildren(how, watch);
  };

  Player.prototype.showControls = function (running) {
    this.controls.replaceChildren();
    if (running) {
      this.pauseButton = button(this.paused ? 'Resume' : 'Pause', 'fp-session-secondary', () => this.togglePause(),
        'session-pause');
      this.controls.append(this.pauseButton);
    }
    this.controls.append(
      button('Skip this exercise', 'fp-session-secondary', () => this.skip(), 'session-skip'),
      button('Stop: I noticed a problem', 'fp-session-danger', () => this.askSign(), 'session-stop'));
  };

  Player.prototype.setActions = function (...buttons) {
    this.actions.replaceChildren(...buttons);
  };

  Player.prototype.intro = function () {
    this.clearTimer();
    const exercise = this.exercise();
    this.stepIndex = 0;
    this.stepsDone = 0;
    this.progressed = false;
    this.partial = false;
    this.paused = false;
    this.showExercise();
    this.where.textContent = '';
    this.instruction.textContent = 'Get into position';
    this.big.textContent = '';
    this.pacer.className = 'fp-session-pacer';
    this.note.textContent = exercise.setUp ? 'Starting position: ' + exercise.setUp : 'Open "How to do it" if you need a reminder.';
    this.setActions(button('Start', 'fp-session-primary', () => {
      signals.unlock();
      wake.hold();
      this.runStep();
    }, 'session-start'));
    this.showControls(false);
    this.say('Exercise ' + (this.index + 1) + ' of ' + this.plan.exercises.length + ': ' + exercise.name + '. '
      + exercise.dosage + ' Tap Start when you are in position.');
  };

  Player.prototype.step = function () {
    return this.exercise().steps[this.stepIndex];
  };

  Player.prototype.roundText = function (step) {
    const parts = [];
    if (step.setsHigh > 1) {
      parts.push('Set ' + step.set + ' of ' + step.setsLow
        + (step.setsLow === step.setsHigh ? '' : ' (your plan: ' + range(step.setsLow, step.setsHigh) + ')'));
    }
    if (step.side) {
      parts.push(step.side === 'FIRST' ? 'First side' : 'Other side');
    }
    return parts.join(' · ');
  };

  Player.prototype.runStep = function () {
    this.clearTimer();
    if (this.stepIndex >= this.exercise().steps.length) {
      this.finishExercise(this.partial ? 'PARTLY' : 'DONE');
      return;
    }
    this.showControls(true);
    const step = this.step();
    this.where.textContent = step.t === 'rest' || step.t === 'switch' ? '' : this.roundText(step);
    this.pacer.className = 'fp-session-pacer';
    switch (step.t) {
      case 'reps': return this.reps(step);
      case 'holds': return this.holds(step, 1);
      case 'timed': return this.timed(step);
      case 'rest': return this.rest(step.seconds, 'Rest between sets', () => this.nextStep());
      case 'switch': return this.switchSides();
      default: return this.nextStep();
    }
  };

  Player.prototype.nextStep = function () {
    this.stepsDone++;
    this.progressed = true;
    this.stepIndex++;
    this.runStep();
  };

  Player.prototype.reps = function (step) {
    let count = 0;
    this.instruction.textContent = 'Count your reps';
    this.note.textContent = 'Your plan: ' + range(step.low, step.high) + ' reps. Tap once after each rep.';
    const show = () => {
      this.big.textContent = count + ' of ' + step.low;
    };
    show();
    const more = button('+1 rep', 'fp-session-primary', () => {
      count++;
      this.progressed = true;
      show();
      if (count === step.low) {
        this.say(plural(count, 'rep', 'reps') + ': set done' + (step.high > step.low ? '. You may do up to ' + step.high + '.' : '.'));
        done.classList.add('fp-session-primary');
      } else {
        this.say(plural(count, 'rep', 'reps'));
      }
    }, 'session-rep');
    const done = button('Set done', 'fp-session-secondary', () => {
      if (count < step.low) {
        this.partial = true;
      }
      this.nextStep();
    }, 'session-set-done');
    this.setActions(more, done);
    this.say(this.roundText(step) + ' Count ' + range(step.low, step.high) + ' reps: tap +1 after each one.');
  };

  Player.prototype.holds = function (step, number) {
    const label = 'Hold ' + number + ' of ' + step.times;
    const unitText = step.unit === 'b'
      ? range(step.low, step.high) + ' breaths'
      : range(step.low, step.high) + ' seconds';
    this.note.textContent = 'Your plan: hold ' + unitText
      + (step.timesLow !== step.timesHigh ? ', ' + range(step.timesLow, step.timesHigh) + ' times' : '')
      + (step.low !== step.high ? '. The timer counts ' + step.low + '; hold longer if it feels right.' : '.');
    const after = () => {
      this.progressed = true;
      signals.holdEnded();
      if (number >= step.times) {
        this.say(label + ' done. Let go and relax.');
        this.nextStep();
        return;
      }
      if (step.rest) {
        this.rest(step.rest, 'Rest', () => this.holds(step, number + 1));
      } else {
        this.clearTimer();
        this.instruction.textContent = 'Let go fully and relax';
        this.big.textContent = '';
        this.pacer.className = 'fp-session-pacer';
        this.setActions(button('Start hold ' + (number + 1), 'fp-session-primary', () => this.holds(step, number + 1),
          'session-next-hold'));
        this.say(label + ' done. Let go fully and relax. Tap when you are ready for hold ' + (number + 1) + ' of ' + step.times + '.');
      }
    };
    this.setActions();
    if (step.unit === 'b') {
      this.breaths(step.low, label, after);
    } else {
      this.instruction.textContent = label;
      this.say(label + ': hold for ' + plural(step.low, 'second', 'seconds') + '.');
      this.countdown(step.low, (left) => {
        this.big.textContent = clock(left);
      }, after);
    }
  };

  /** A slow breath pacer: in, then a longer out; the hold ends after the lower bound of breaths. */
  Player.prototype.breaths = function (count, label, after) {
    const inhale = this.plan.pace.inhale;
    const exhale = this.plan.pace.exhale;
    const breath = (number) => {
      this.instruction.textContent = label + ' · breath ' + number + ' of ' + count;
      this.big.textContent = 'Breathe in';
      this.pacer.className = 'fp-session-pacer fp-session-in';
      this.say('Breath ' + number + ' of ' + count + ': breathe in.');
      this.countdown(inhale, () => {}, () => {
        this.big.textContent = 'Breathe out';
        this.pacer.className = 'fp-session-pacer fp-session-out';
        this.say('Breathe out.');
        this.countdown(exhale, () => {}, () => {
          if (number >= count) {
            this.pacer.className = 'fp-session-pacer';
            after();
          } else {
            breath(number + 1);
          }
        });
      });
    };
    breath(1);
  };

  Player.prototype.timed = function (step) {
    this.instruction.textContent = 'Keep going';
    this.note.textContent = 'Your plan: ' + clock(step.seconds) + (step.seconds >= 60 ? ' minutes.' : ' seconds.');
    this.setActions(button('Finish early', 'fp-session-secondary', () => {
      this.partial = true;
      this.nextStep();
    }, 'session-finish-early'));
    this.say(this.roundText(step) + ' Keep going for ' + clock(step.seconds) + (step.seconds >= 60 ? ' minutes.' : ' seconds.'));
    this.countdown(step.seconds, (left) => {
      this.big.textContent = clock(left);
    }, () => {
      signals.holdEnded();
      this.say('Time is up.');
      this.nextStep();
    });
  };

  Player.prototype.rest = function (seconds, label, then) {
    this.instruction.textContent = label;
    this.pacer.className = 'fp-session-pacer';
    this.setActions(button('Skip rest', 'fp-session-secondary', () => then(), 'session-skip-rest'));
    this.say(label + ': ' + plural(seconds, 'second', 'seconds') + '.');
    this.countdown(seconds, (left) => {
      this.big.textContent = clock(left);
    }, () => {
      this.say('Rest over.');
      then();
    });
  };

  Player.prototype.switchSides = function () {
    this.clearTimer();
    this.instruction.textContent = 'Switch sides';
    this.big.textContent = '';
    this.note.textContent = 'Change to the other side, then tap when you are in position.';
    this.setActions(button('Ready on the other side', 'fp-session-primary', () => this.nextStep(), 'session-switched'));
    this.say('Switch sides. Tap when you are in position on the other side.');
  };

  /** Counts down in real time from the clock (not by counting ticks), so a slow phone stays on time. */
  Player.prototype.countdown = function (seconds, show, done) {
    this.clearTimer();
    this.remaining = seconds * 1000;
    this.endsAt = performance.now() + this.remaining;
    this.onDone = done;
    show(seconds);
    this.onTick = show;
    this.timer = setInterval(() => {
      if (this.paused) {
        return;
      }
      const now = performance.now();
      if (now - this.lastKeepAlive > KEEP_ALIVE_MS) {
        this.lastKeepAlive = now;
        this.report('progress');
      }
      const left = (this.endsAt - now) / 1000;
      if (left <= 0) {
        this.clearTimer();
        done();
      } else {
        show(left);
      }
    }, TICK_MS);
  };

  Player.prototype.clearTimer = function () {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  };

  Player.prototype.togglePause = function () {
    if (!this.paused) {
      this.paused = true;
      this.remaining = Math.max(0, this.endsAt - performance.now());
      this.stage.classList.add('fp-session-paused');
      this.say('Paused. Tap Resume to go on.');
    } else {
      this.paused = false;
      this.endsAt = performance.now() + (this.remaining || 0);
      this.stage.classList.remove('fp-session-paused');
      this.say('Resumed.');
    }
    if (this.pauseButton) {
      this.pauseButton.textContent = this.paused ? 'Resume' : 'Pause';
    }
  };

  Player.prototype.completion = function () {
    return this.progressed || this.stepsDone > 0 ? 'PARTLY' : 'SKIPPED';
  };

  Player.prototype.skip = function () {
    this.finishExercise(this.completion());
  };

  Player.prototype.record = function (completion, sign) {
    this.results = this.results.filter((result) => result.i !== this.index);
    this.results.push({ i: this.index, c: completion, s: sign || null });
  };

  Player.prototype.finishExercise = function (completion) {
    this.clearTimer();
    this.partial = false;
    this.record(completion);
    this.report('progress');
    this.next();
  };

  Player.prototype.next = function () {
    if (this.index + 1 >= this.plan.exercises.length) {
      this.end();
      return;
    }
    this.index++;
    this.intro();
  };

  /** "Stop: I noticed ...": which sign, saved at once as that exercise's symptom, then what to do about it. */
  Player.prototype.askSign = function () {
    const wasPaused = this.paused;
    if (!this.paused && this.timer) {
      this.togglePause();
    }
    this.instruction.textContent = 'What did you notice?';
    this.big.textContent = '';
    this.note.textContent = 'Your answer is saved for this exercise and your physiotherapist will see it.';
    const choices = this.plan.signs.map((sign) => button(sign.label, 'fp-session-sign', () => this.stopFor(sign),
      'session-sign-' + sign.key.toLowerCase()));
    choices.push(button('Cancel: go on', 'fp-session-secondary', () => {
      if (!wasPaused && this.paused) {
        this.togglePause();
      }
      this.resumeView();
    }, 'session-sign-cancel'));
    this.setActions(...choices);
    this.say('What did you notice? Choose doming, leaking, heaviness or pain.');
  };

  /** Back to the current step after a cancelled stop: the step starts over where it cannot resume. */
  Player.prototype.resumeView = function () {
    if (this.timer) {
      this.instruction.textContent = this.step() && this.step().t === 'rest' ? 'Rest' : 'Keep going';
      this.note.textContent = '';
      this.setActions();
    } else {
      this.runStep();
    }
  };

  Player.prototype.stopFor = function (sign) {
    this.clearTimer();
    this.paused = false;
    this.stage.classList.remove('fp-session-paused');
    this.record('PARTLY', sign.key);
    this.report('stopped');
    this.where.textContent = '';
    this.instruction.textContent = sign.label + ': stop this exercise';
    this.big.textContent = '';
    this.pacer.className = 'fp-session-pacer';
    this.note.textContent = sign.todo;
    const last = this.index + 1 >= this.plan.exercises.length;
    const actions = [];
    if (!last) {
      actions.push(button('Go on with the next exercise', 'fp-session-primary', () => this.next(), 'session-go-on'));
    }
    actions.push(button('End the session', last ? 'fp-session-primary' : 'fp-session-secondary', () => this.end(),
      'session-end'));
    this.setActions(...actions);
    this.controls.replaceChildren();
    this.say('Saved: ' + sign.label.toLowerCase() + ' during ' + this.exercise().name + '. ' + sign.todo);
  };

  Player.prototype.end = function () {
    if (this.ended) {
      return;
    }
    this.ended = true;
    this.clearTimer();
    wake.release();
    for (let i = 0; i < this.plan.exercises.length; i++) {
      if (!this.results.some((result) => result.i === i)) {
        this.results.push({ i: i, c: 'SKIPPED', s: null });
      }
    }
    this.root.replaceChildren(el('p', 'fp-session-instruction', 'Saving your session...'));
    this.report('finished');
  };

  Player.prototype.report = function (what) {
    const json = JSON.stringify(this.results);
    if (this.host.$server && this.host.$server[what]) {
      this.host.$server[what](json);
    }
  };

  window.FloorPlanSession = {
    start(host, root, plan) {
      const player = new Player(host, root, plan);
      player.start();
      return player;
    }
  };
})();
