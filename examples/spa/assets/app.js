document.getElementById("app").textContent = "Hello from a single-page app";
