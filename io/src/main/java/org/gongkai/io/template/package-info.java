/** The Excel data-entry template: written (empty or pre-filled from a model, with code lists) and read back to a model. */
package org.gongkai.io.template;
