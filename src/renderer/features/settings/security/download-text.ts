/**
 * Hands text the host returned (the security log's CSV) to the browser as a file download, as a
 * click on a download link would. The text is already in the page, so no second request is made
 * (the export screen's files live on the host and go through api/deliver-export.ts instead).
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
