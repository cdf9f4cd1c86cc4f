import { firefoxDriver } from './firefox.js';
import { describeInBrowser } from './suite.js';

describeInBrowser(firefoxDriver);
