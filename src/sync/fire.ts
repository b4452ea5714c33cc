// Fires an image request, holding the image until it settles so that it is not collected mid-flight.

const inFlight = new Set<HTMLImageElement>();

export function fireImage(url: string): void {
  const img = new Image(1, 1);
  img.onload = img.onerror = () => inFlight.delete(img);
  inFlight.add(img);
  img.src = url;
}
