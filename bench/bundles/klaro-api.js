// Klaro's ConsentManager class for the DOM rows of the benchmark (not a size row).
import cm from 'klaro/dist/cm'

export default cm.default ?? cm
