-- AlterTable
ALTER TABLE "DatasetColumn" ADD COLUMN     "maxLength" INTEGER,
ADD COLUMN     "typeNote" TEXT;

-- The loader used to write its note into the description, where it counted as the
-- publisher's: move the notes nobody has edited since (the loader's exact wordings).
UPDATE "DatasetColumn"
SET "typeNote" = "description", "description" = ''
WHERE "description" LIKE 'Se cargó como texto: %'
   OR "description" IN (
     'La columna no tiene valores.',
     'La columna no tiene valores en las primeras filas: se cargó como texto.'
   );
