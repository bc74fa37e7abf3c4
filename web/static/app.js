// normdex serve: the little script the pages use. Everything works without
// it but the copy button, the live upload progress, picking words to tag
// by selecting them, and the review queue's keys.
"use strict";
document.documentElement.classList.add("js");

document.addEventListener("DOMContentLoaded", () => {
  // Copy a citation: the button names the element that holds the text.
  // (Listened to on the document: a review decided in place brings new
  // buttons.)
  document.addEventListener("click", async (e) => {
    const b = e.target.closest("button[data-copy]");
    if (!b) return;
    const text = document.getElementById(b.dataset.copy).textContent;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const r = document.createRange();
      r.selectNodeContents(document.getElementById(b.dataset.copy));
      getSelection().removeAllRanges();
      getSelection().addRange(r);
      document.execCommand("copy");
    }
    b.textContent = "Copied";
    b.classList.add("done");
    setTimeout(() => { b.textContent = "Copy citation"; b.classList.remove("done"); }, 1600);
  });

  initAddTag();

  // Review forms on a passage decide in place: the page the server answers
  // with (the passage, or an error) replaces this one's content, where the
  // reader was. Without an answer to show, the form is sent as usual.
  document.addEventListener("submit", async (e) => {
    const form = e.target;
    if (!form.closest(".passage .review") || form.dataset.plain) return;
    e.preventDefault();
    let main = null;
    try {
      // getAttribute: the form's "action" field hides its action property.
      const res = await fetch(form.getAttribute("action"), { method: "POST", body: new URLSearchParams(new FormData(form, e.submitter)), credentials: "same-origin" });
      main = new DOMParser().parseFromString(await res.text(), "text/html").querySelector("main");
    } catch {
      main = null;
    }
    if (!main) {
      form.dataset.plain = "true";
      form.requestSubmit(e.submitter);
      return;
    }
    const y = scrollY;
    document.querySelector("main").replaceWith(main);
    scrollTo(0, y);
    initAddTag();
  });

  // Keys: "/" goes to the search box; on a passage, ← and → go to the
  // previous and next passage, or page of results.
  document.addEventListener("keydown", (e) => {
    const t = e.target;
    if (e.ctrlKey || e.metaKey || e.altKey || t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
    if (e.key === "/") {
      const box = document.querySelector("input[data-slash]");
      if (box) { e.preventDefault(); box.focus(); box.select(); }
    } else if (/^[ars]$/.test(e.key) && document.getElementById("queue-item")) {
      // The review queue: a accepts, r rejects, s skips.
      const b = document.querySelector('.queue-actions [data-key="' + e.key + '"]');
      if (b && !b.disabled) { e.preventDefault(); b.click(); }
    } else if (e.key === "ArrowLeft" || e.key === "ArrowRight") {
      const rel = e.key === "ArrowLeft" ? "prev" : "next";
      const a = document.querySelector(".neighbours a[rel=" + rel + "], .pager a[rel=" + rel + "]");
      if (a) location.href = a.href;
    }
  });

  // Upload progress: poll the status until the ingest has finished.
  const up = document.getElementById("upload");
  if (up && up.dataset.status) {
    const poll = async () => {
      let s;
      try {
        const r = await fetch(up.dataset.status, { credentials: "same-origin", cache: "no-store" });
        s = await r.json();
      } catch {
        setTimeout(poll, 1500);
        return;
      }
      document.getElementById("bar").value = s.done;
      document.getElementById("state").textContent = (s.finished ? "Done: " : "") + s.done + " of " + s.total + " handled" + (s.finished ? "." : "…") + (s.error ? " " + s.error : "");
      const body = document.getElementById("files");
      body.replaceChildren(...s.files.map((f) => {
        const tr = document.createElement("tr");
        tr.className = "st-" + f.status;
        const name = document.createElement("td");
        if (f.doc_id) {
          const a = document.createElement("a");
          a.href = "/documents/" + encodeURIComponent(f.doc_id);
          a.textContent = f.name;
          name.append(a);
        } else {
          name.textContent = f.name;
        }
        const st = document.createElement("td");
        st.textContent = f.status + (f.message ? " — " + f.message : "");
        const n = document.createElement("td");
        n.className = "num";
        n.textContent = f.passages;
        tr.append(name, st, n);
        return tr;
      }));
      if (s.finished) {
        document.getElementById("after").hidden = false;
        up.dataset.finished = "true";
      } else {
        setTimeout(poll, 400);
      }
    };
    poll();
  }
});

// Add a tag on a selection: the words selected in the passage fill the
// form's quoted words and their code-point span (the server's offsets),
// then the element is to be picked.
function initAddTag() {
  const addForm = document.getElementById("add-tag");
  const text = document.querySelector(".passage .passage-text");
  if (!addForm || !text) return;
  const pick = () => {
    const sel = getSelection();
    if (!sel.rangeCount || sel.isCollapsed) return;
    const r = sel.getRangeAt(0);
    if (!text.contains(r.startContainer) || !text.contains(r.endContainer)) return;
    const before = document.createRange();
    before.setStart(text, 0);
    before.setEnd(r.startContainer, r.startOffset);
    const start = [...before.toString()].length;
    const words = r.toString();
    if (!words.trim()) return;
    addForm.elements.start.value = start;
    addForm.elements.end.value = start + [...words].length;
    addForm.elements.text.value = words;
    addForm.classList.add("picked");
    addForm.elements.element.focus();
  };
  text.addEventListener("mouseup", pick);
  text.addEventListener("keyup", pick);
  // Words typed by hand are placed by the server, not by a stale span.
  addForm.elements.text.addEventListener("input", () => {
    addForm.elements.start.value = "";
    addForm.elements.end.value = "";
  });
}
