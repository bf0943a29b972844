/**
 * Stage three, recognised tables to the model: a budget's figures ({@code TablesToModel}), a 决算's ({@code
 * AccountsToModel}, with its balances and what its explanation states), and the 项 lines both rebuild ({@code
 * ItemLines}); what cannot be placed becomes an unread part, never a silent loss.
 */
package org.gongkai.io.importing.model;
