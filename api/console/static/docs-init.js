// Starts Swagger UI on /docs from a file, not an inline script, so the page's
// Content-Security-Policy can forbid inline script. Part of riskcheck (Apache-2.0).
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
});
