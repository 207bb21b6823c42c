/** Prints the lists-and-columns tables of the README from the schema (npm run --silent docs:schema). */
import { schemaTables } from './lib/schemaDocs';

console.log(schemaTables());
