/** Reading a finance bureau's official 政府收支分类科目 file (XLSX, XLS or CSV) into catalog lines. */
package org.gongkai.io.catalog;
