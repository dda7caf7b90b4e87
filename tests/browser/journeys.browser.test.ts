// The browser journeys, one file after another in one worker. Two Chromiums side by side on two cores made
// each journey two to three times slower (a test of 7 s alone took 20 s); the other worker meanwhile runs the
// database and HTTP files. Run one journey with: npx vitest run tests/browser -t 'selection journey'.
import './application-journey.browser.ts';
import './consortia.browser.ts';
import './dashboard.browser.ts';
import './home.browser.ts';
import './import-journey.browser.ts';
import './knowledge-journey.browser.ts';
import './open-data.browser.ts';
import './page-widths.browser.ts';
import './portal-import.browser.ts';
import './portal-login.browser.ts';
import './report-journey.browser.ts';
import './selection-journey.browser.ts';
