/** Hands the browser a file to save, made here on the device: nothing is sent anywhere. */
export function downloadFile(fileName: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	// The browser reads the blob when the download starts; give it that moment before letting go.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
