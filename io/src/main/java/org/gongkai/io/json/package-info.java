/** The documented JSON form of the budget model (docs/model.md, docs/model.schema.json) and of generated tables. */
package org.gongkai.io.json;
