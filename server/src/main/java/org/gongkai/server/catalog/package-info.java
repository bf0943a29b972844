/**
 * Official 政府收支分类科目 loaded by an administrator: versions kept in the database, the differences shown before a
 * version is applied, and the catalog in force for each region and year that forms, templates and checks use.
 */
package org.gongkai.server.catalog;
