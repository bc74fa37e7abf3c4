// normdex serve: the little script the pages use. Everything works without
// it but the copy button and the live upload progress.
"use strict";
document.documentElement.classList.add("js");

document.addEventListener("DOMContentLoaded", () => {
  // Copy a citation: the button names the element that holds the text.
  for (const b of document.querySelectorAll("button[data-copy]")) {
    b.addEventListener("click", async () => {
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
  }

  // Keys: "/" goes to the search box; on a passage, ← and → go to the
  // previous and next passage, or page of results.
  document.addEventListener("keydown", (e) => {
    const t = e.target;
    if (e.ctrlKey || e.metaKey || e.altKey || t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
    if (e.key === "/") {
      const box = document.querySelector("input[data-slash]");
      if (box) { e.preventDefault(); box.focus(); box.select(); }
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
