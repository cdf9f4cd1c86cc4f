import { chromiumDriver } from './chromium.js';
import { describeInBrowser } from './suite.js';

describeInBrowser(chromiumDriver);
