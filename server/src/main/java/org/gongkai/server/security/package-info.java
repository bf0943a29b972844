/** Who may do what: users and roles (部门填报, 财政审核, 管理员, public), login throttling, the first admin. */
package org.gongkai.server.security;
