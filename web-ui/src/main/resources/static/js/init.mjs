// GOV.UK Frontend's JavaScript enhances pages that already work without it. Loaded as a module from this service
// (the content security policy allows no inline script), so it also sets the body classes the template would set inline.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
