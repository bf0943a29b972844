/**
 * Final accounts (部门决算) in the workflow: how a department starts its 决算 of a year, empty or from the budget it
 * published for that year. The 决算 then goes through the budget's own workflow, one version at a time.
 */
package org.gongkai.server.accounts;
