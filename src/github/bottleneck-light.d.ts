// bottleneck ships types for its full build only; the light build (no Redis clustering) that the
// throttling plugin itself uses has the same class.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
