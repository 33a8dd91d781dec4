namespace TosScan.Review;

/// <summary>
/// The page's style and script, inline so the screen is one self-contained response with no
/// build step. The script only ever sets <c>textContent</c>, never HTML, so nothing from a
/// crawled page or the server can become markup on the client.
/// </summary>
internal static class ReviewAssets
{
    public const string Css = """
        body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
        header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:.5em 1em}
        main{max-width:60em;margin:0 auto;padding:1em}
        table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}
        article.clause{background:#fff;border:1px solid #ddd;border-radius:4px;margin:1em 0;padding:.6em .9em}
        .section{font-weight:600;margin:.2em 0}.context{color:#666;font-size:.92em;margin:.2em 0}
        .text{margin:.4em 0}mark{background:#ffe08a}
        ul.flags{list-style:none;padding:0}li.flag{margin:.3em 0}
        li.flag[data-state=confirmed] .status{color:#0a6b2d}li.flag[data-state=rejected] .status{color:#a11}
        .why{color:#444}.status{font-style:italic;margin-right:.5em}.problem{color:#a11}
        textarea.note{vertical-align:middle;width:20em}
        main:has(#queue){max-width:76em}aside.keys td:first-child{white-space:nowrap}
        nav{margin:.3em 0}form.view label{margin-right:.6em;white-space:nowrap}.progress{font-weight:600}
        .queue-layout{display:grid;grid-template-columns:minmax(0,1fr) 17em;gap:1em;align-items:start}
        article.queue-item{border-left:5px solid #888}article.queue-item[data-state=confirmed],article.queue-item[data-state=added]{border-left-color:#0a6b2d}
        article.queue-item[data-state=rejected],article.queue-item[data-state=relabelled]{border-left-color:#a11}
        .where{color:#555;font-size:.9em;margin:.1em 0}.effect{color:#444}.effect.moves{color:#8a4b00;font-weight:600}.conflict{color:#a11;font-weight:600}
        ul.relabel{list-style:none;padding:0;margin:.2em 0;display:flex;flex-wrap:wrap;gap:.3em}
        button{font:inherit;min-width:8em;text-align:left}kbd{border:1px solid #bbb;border-bottom-width:2px;border-radius:3px;padding:0 .3em;font-size:.9em;background:#fff}
        aside.keys{background:#fff;border:1px solid #ddd;border-radius:4px;padding:.4em .8em;position:sticky;top:3.5em}aside.keys td{border:none;padding:.1em .3em}
        #note{width:100%;box-sizing:border-box}.message{color:#555;min-height:1.2em}details.agreement{margin-top:1.5em}
        """;

    public const string Script = """
        (() => {
          'use strict';
          const token = document.querySelector('meta[name="review-token"]').content;
          const reviewer = document.getElementById('reviewer');
          // The name a reviewer typed is kept for the next page and the next session.
          const savedName = localStorage.getItem('tosscan-reviewer');
          if (savedName) reviewer.value = savedName;
          reviewer.addEventListener('change', () => localStorage.setItem('tosscan-reviewer', reviewer.value.trim()));
          document.addEventListener('click', async (event) => {
            const button = event.target.closest('button[data-decision]');
            if (!button) return;
            const clause = button.closest('article.clause');
            const row = button.closest('li.flag');
            const decision = button.dataset.decision;
            const note = clause.querySelector('textarea.note');
            const status = row ? row.querySelector('.status') : clause.querySelector('.add-status');
            const body = {
              provider: clause.dataset.provider,
              type: clause.dataset.type,
              clause_key: clause.dataset.key,
              label: row ? row.dataset.label : clause.querySelector('select.add-label').value,
              decision: decision,
              new_label: decision === 'relabelled' ? row.querySelector('select.new-label').value : null,
              reviewer: reviewer.value,
              note: note.value || null
            };
            button.disabled = true;
            try {
              const response = await fetch('/api/decisions', {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', 'X-Review-Token': token },
                body: JSON.stringify(body)
              });
              const result = await response.json();
              if (!response.ok) throw new Error(result.error || response.statusText);
              status.textContent = result.status;
              if (row) row.dataset.state = result.decision;
              note.value = '';
            } catch (error) {
              status.textContent = 'not saved: ' + error.message;
            } finally {
              button.disabled = false;
            }
          });
        })();
        """;

    /// <summary>
    /// The queue's keys. Every flag of the view is already in the page; this shows one at a time,
    /// posts decisions to the same API as the clause page, keeps this screen's decisions for undo,
    /// and writes the position into the address (<c>at=</c>) so the link opens the same flag.
    /// </summary>
    public const string QueueScript = """
        (() => {
          'use strict';
          const queue = document.getElementById('queue');
          if (!queue) return;
          const token = document.querySelector('meta[name="review-token"]').content;
          const reviewer = document.getElementById('reviewer');
          const note = document.getElementById('note');
          const message = document.getElementById('message');
          const progress = document.getElementById('progress');
          const items = [...queue.querySelectorAll('article.queue-item')];
          const labels = queue.dataset.labels.split(' ');
          const done = [];
          let at = Math.max(0, items.findIndex(i => !i.hidden));
          let busy = false;

          const say = (text) => { message.textContent = text; };
          // The page-load counts of all decisions and of those since training, kept up to date.
          const bump = (id, by) => {
            const element = document.getElementById(id);
            if (element) element.textContent = String(Number(element.textContent) + by);
          };
          const show = (index) => {
            if (items.length === 0) return;
            at = Math.min(Math.max(index, 0), items.length - 1);
            items.forEach((item, i) => { item.hidden = i !== at; });
            const url = new URL(location.href);
            url.searchParams.set('at', String(at));
            history.replaceState(null, '', url);
          };
          const count = () => {
            const reviewed = items.filter(i => i.dataset.state !== 'undecided').length;
            const parts = ['Reviewed ' + reviewed + ' of ' + items.length + ' in this view, ' + (items.length - reviewed) + ' left'];
            for (const label of labels) {
              const of = items.filter(i => i.dataset.label === label);
              if (of.length > 0) parts.push(label + ' ' + of.filter(i => i.dataset.state !== 'undecided').length + '/' + of.length);
            }
            progress.textContent = parts.join(' · ');
          };
          const post = async (path, body) => {
            const response = await fetch(path, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', 'X-Review-Token': token },
              body: JSON.stringify(body)
            });
            const result = await response.json();
            if (!response.ok) throw new Error(result.error || response.statusText);
            return result;
          };
          const decide = async (decision, newLabel) => {
            const item = items[at];
            if (!item || busy) return;
            if (decision === 'relabelled' && newLabel === item.dataset.label) { say('the flag already has that label'); return; }
            busy = true;
            try {
              const result = await post('/api/decisions', {
                provider: item.dataset.provider,
                type: item.dataset.type,
                clause_key: item.dataset.key,
                label: item.dataset.label,
                decision: decision,
                new_label: newLabel,
                reviewer: reviewer.value,
                note: note.value || null
              });
              done.push({ id: result.id, index: at });
              if (item.dataset.state === 'undecided') bump('overall-reviewed', 1);
              bump('since-count', 1);
              item.dataset.state = result.decision;
              item.querySelector('.status').textContent = result.status;
              note.value = '';
              say('saved: ' + result.status);
              count();
              show(at + 1);
            } catch (error) {
              say('not saved: ' + error.message);
            } finally {
              busy = false;
            }
          };
          const undo = async () => {
            const last = done.pop();
            if (!last) { say('nothing to undo: no decision made on this screen yet'); return; }
            if (busy) { done.push(last); return; }
            busy = true;
            try {
              const result = await post('/api/decisions/undo', { id: last.id });
              const item = items[last.index];
              if (result.state === 'undecided' && item.dataset.state !== 'undecided') bump('overall-reviewed', -1);
              bump('since-count', -1);
              item.dataset.state = result.state;
              item.querySelector('.status').textContent = result.status;
              say('undone; now ' + result.status);
              count();
              show(last.index);
            } catch (error) {
              done.push(last);
              say('not undone: ' + error.message);
            } finally {
              busy = false;
            }
          };
          const act = (key) => {
            if (key === 'c') return decide('confirmed', null);
            if (key === 'x') return decide('rejected', null);
            if (key >= '1' && key <= String(labels.length)) return decide('relabelled', labels[Number(key) - 1]);
            if (key === 'n') { note.focus(); return; }
            if (key === 's') { show(at + 1); say('skipped'); return; }
            if (key === 'u') return undo();
            if (key === 'j' || key === 'ArrowRight') { show(at + 1); return; }
            if (key === 'k' || key === 'ArrowLeft') { show(at - 1); return; }
          };
          note.addEventListener('keydown', (event) => {
            if (event.key === 'Escape' || (event.key === 'Enter' && !event.shiftKey)) {
              event.preventDefault();
              note.blur();
              say(note.value ? 'note kept for the next decision' : '');
            }
          });
          document.addEventListener('keydown', (event) => {
            if (event.ctrlKey || event.metaKey || event.altKey) return;
            if (event.target.closest('input, textarea, select')) return;
            const known = ['c', 'x', 'n', 's', 'u', 'j', 'k', 'ArrowRight', 'ArrowLeft'].includes(event.key) || (event.key >= '1' && event.key <= String(labels.length) && event.key.length === 1);
            if (!known) return;
            event.preventDefault();
            act(event.key);
          });
          queue.addEventListener('click', (event) => {
            const button = event.target.closest('button[data-key]');
            if (button) act(button.dataset.key);
          });
          count();
          show(at);
        })();
        """;
}
