/** What a finance bureau sends out after a batch inspection: the 通报, each department's 整改清单 and the marked PDFs. */
package org.gongkai.io.inspection.bulletin;
