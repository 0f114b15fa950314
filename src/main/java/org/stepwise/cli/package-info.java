/**
 * The command line: the launcher's options (--train, --data) and the headless
 * commands over the same training layer as the window.
 */
package org.stepwise.cli;
