/** The product picker on the New link form and the catalogue in Settings. */
export { ProductPicker } from './product-picker';
export { ProductsSection } from './products-section';
