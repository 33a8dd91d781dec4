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
}
