/** The built-in classification catalog (功能分类, 经济分类, 收入类型, 名词解释), versioned by budget year. */
package org.gongkai.core.classification;
