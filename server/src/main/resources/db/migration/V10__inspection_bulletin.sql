-- What a bureau sends out after a batch inspection (通报, 整改清单, marked PDFs), written while the batch is at hand, as one zip.
alter table inspection_job add column bulletin bytea;
